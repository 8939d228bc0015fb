// The Zalo Bot API's shapes tiendo reads (ids are strings; dates are epoch milliseconds).

export type ZaloEventName =
  | "message.text.received"
  | "message.image.received"
  | "message.sticker.received"
  | "message.voice.received"
  | "message.unsupported.received";

export interface ZaloMessage {
  message_id: string;
  date: number;
  chat: { id: string; chat_type: "PRIVATE" | "GROUP" };
  from: { id: string; display_name?: string; first_name?: string; is_bot?: boolean };
  text?: string;
  photo_url?: string;
  caption?: string;
}

/** One update: what getUpdates returns and what a webhook delivery carries. */
export interface ZaloUpdate {
  event_name: ZaloEventName | string;
  message: ZaloMessage;
}

export interface ZaloBotInfo {
  id: string;
  account_name?: string;
  display_name?: string;
  can_join_groups?: boolean;
}

/** A well-formed update (anything else from the wire is refused). */
export function asZaloUpdate(value: unknown): ZaloUpdate | null {
  if (typeof value !== "object" || value === null) return null;
  // A webhook delivery may wrap the update as `{ ok, result }`.
  const inner = "result" in value ? (value as { result: unknown }).result : value;
  if (typeof inner !== "object" || inner === null) return null;
  const u = inner as Partial<ZaloUpdate>;
  const m = u.message;
  if (typeof u.event_name !== "string" || typeof m !== "object" || m === null) return null;
  if (typeof m.message_id !== "string" || m.message_id === "") return null;
  if (typeof m.chat?.id !== "string" || typeof m.from?.id !== "string") return null;
  return u as ZaloUpdate;
}
