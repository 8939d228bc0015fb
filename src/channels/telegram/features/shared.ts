// Kept for telegram-digest-channel.ts (owned by the outbox work) until the lead wires digests to
// src/conversation/notifications; the one splitter lives in ../render/split-text.ts.
export { splitText as splitMessage } from "../render/split-text.ts";
