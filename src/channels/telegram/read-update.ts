// Reads a Telegram update into the conversation's terms: who (Identity) did what (Input).
import type { Identity, Input } from "../../conversation/conversation-types.ts";
import type { BotContext } from "./context.ts";

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/;

function identityOf(ctx: BotContext): Identity | null {
  const from = ctx.from;
  const chat = ctx.chat;
  if (from === undefined || chat === undefined || from.is_bot) return null;
  if (chat.type === "channel") return null;
  const displayName = [from.first_name, from.last_name].filter(Boolean).join(" ");
  return {
    channel: "telegram",
    externalId: String(from.id),
    chatId: String(chat.id),
    chatKind: chat.type === "private" ? "private" : "group",
    ...(chat.type !== "private" && chat.title ? { chatTitle: chat.title } : {}),
    ...(displayName ? { displayName } : {}),
    ...(from.username ? { username: from.username } : {}),
    ...(from.language_code ? { languageHint: from.language_code } : {}),
  };
}

function inputOf(ctx: BotContext): Input | null {
  const query = ctx.callbackQuery;
  if (query !== undefined) {
    if (query.data === undefined) return null;
    return {
      kind: "choice",
      payload: query.data,
      ...(query.message ? { originId: String(query.message.message_id) } : {}),
    };
  }
  const m = ctx.message;
  if (m === undefined) return null;
  const replyTo = m.reply_to_message ? { replyTo: String(m.reply_to_message.message_id) } : {};
  if (m.text !== undefined) {
    const command = COMMAND.exec(m.text);
    if (command) {
      const [, name = "", addressee, args = ""] = command;
      // "/help@other_bot" in a group is for another bot.
      if (addressee !== undefined && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return null;
      return { kind: "command", name: name.toLowerCase(), args };
    }
    return { kind: "text", text: m.text, ...replyTo };
  }
  const photo = m.photo?.at(-1);
  const caption = m.caption !== undefined ? { caption: m.caption } : {};
  if (photo !== undefined) {
    const size = photo.file_size !== undefined ? { sizeBytes: photo.file_size } : {};
    return { kind: "file", file: { kind: "photo", fileId: photo.file_id, ...size }, ...caption, ...replyTo };
  }
  const d = m.document;
  if (d !== undefined) {
    return {
      kind: "file",
      file: {
        kind: "document",
        fileId: d.file_id,
        ...(d.file_name !== undefined ? { fileName: d.file_name } : {}),
        ...(d.mime_type !== undefined ? { mimeType: d.mime_type } : {}),
        ...(d.file_size !== undefined ? { sizeBytes: d.file_size } : {}),
      },
      ...caption,
      ...replyTo,
    };
  }
  return null;
}

export function readUpdate(ctx: BotContext): { identity: Identity; input: Input } | null {
  const identity = identityOf(ctx);
  const input = inputOf(ctx);
  return identity && input ? { identity, input } : null;
}
