// Reads a Zalo update into the conversation's terms: who (Identity) did what (Input).
import type { Identity, Input } from "../../conversation/conversation-types.ts";
import type { ZaloUpdate } from "./zalo-types.ts";

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:\s+([\s\S]*))?$/;

function identityOf(update: ZaloUpdate): Identity | null {
  const { chat, from } = update.message;
  if (from.is_bot === true) return null;
  const displayName = (from.display_name ?? from.first_name ?? "").trim();
  return {
    channel: "zalo",
    externalId: from.id,
    chatId: chat.id,
    chatKind: chat.chat_type === "GROUP" ? "group" : "private",
    ...(displayName ? { displayName } : {}),
  };
}

function inputOf(update: ZaloUpdate): Input | null {
  const m = update.message;
  switch (update.event_name) {
    case "message.text.received": {
      if (m.text === undefined) return null;
      const command = COMMAND.exec(m.text.trim());
      if (command) return { kind: "command", name: (command[1] ?? "").toLowerCase(), args: command[2] ?? "" };
      return { kind: "text", text: m.text };
    }
    case "message.image.received":
      if (m.photo_url === undefined) return { kind: "unsupported", what: "other" };
      // The picture is kept by its URL on Zalo (as Telegram's by its file id).
      return {
        kind: "file",
        file: { kind: "photo", fileId: m.photo_url },
        ...(m.caption !== undefined ? { caption: m.caption } : {}),
      };
    case "message.sticker.received":
      return { kind: "unsupported", what: "sticker" };
    case "message.voice.received":
      return { kind: "unsupported", what: "voice" };
    default:
      // message.unsupported.received: links, files and anything else Zalo withholds from bots.
      return { kind: "unsupported", what: "other" };
  }
}

export function readZaloUpdate(update: ZaloUpdate): { identity: Identity; input: Input } | null {
  const identity = identityOf(update);
  const input = inputOf(update);
  return identity && input ? { identity, input } : null;
}
