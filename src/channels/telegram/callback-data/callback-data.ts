// Kept for telegram-reminder-channel.ts (owned by the outbox work) until the lead wires reminders to
// src/conversation/notifications; the payloads themselves live in src/conversation/choice-payload.ts.
export {
  decodeChoice as decodeCallback,
  encodeChoice as encodeCallback,
} from "../../../conversation/choice-payload.ts";
