// Renders a Reply on Telegram: every text through the one splitter (choices ride on the last part),
// files as documents and photos, edits of the message a choice came from. A notification retried
// after a failure part-way skips the parts already delivered (services/outbox/parts-progress.ts).
import { InputFile, type Api } from "grammy";
import type { ChoiceRows, Output, Reply } from "../../../conversation/conversation-types.ts";
import { partSender, type PartsProgress } from "../../../services/outbox/parts-progress.ts";
import { choiceKeyboard } from "./choice-keyboard.ts";
import { CAPTION_LIMIT, splitText } from "./split-text.ts";
import { isNotEditable, isNotModified } from "./telegram-refusals.ts";

export interface ReplyTarget {
  chatId: number | string;
  /** The message a choice came from (for edit-origin). */
  originId?: number | undefined;
}

/** Each message of a reply goes out through it (see partSender). */
type Part = ReturnType<typeof partSender>;

/** Sends a text in parts under Telegram's limit; returns the id of the last part. */
async function sendText(
  api: Api,
  part: Part,
  chatId: number | string,
  text: string,
  choices?: ChoiceRows | null,
): Promise<number | undefined> {
  const parts = splitText(text);
  let last: number | undefined;
  for (const [i, piece] of parts.entries()) {
    const rows = i === parts.length - 1 ? choices : undefined;
    const markup = rows && rows.length > 0 ? { reply_markup: choiceKeyboard(rows) } : {};
    const id = await part(
      () => `text ${piece} ${JSON.stringify(markup)}`,
      async () => String((await api.sendMessage(chatId, piece, markup)).message_id),
    );
    last = Number(id);
  }
  return last;
}

async function sendFile(api: Api, part: Part, chatId: number | string, o: Extract<Output, { kind: "file" }>) {
  const [caption, ...rest] = o.caption === undefined ? [] : splitText(o.caption, CAPTION_LIMIT);
  const file = new InputFile(o.bytes, o.fileName);
  const options = caption === undefined ? {} : { caption };
  const id = await part(
    () => `file ${o.format} ${o.fileName} ${o.bytes.length} ${caption ?? ""}`,
    async () => {
      const sent =
        o.format === "png"
          ? await api.sendPhoto(chatId, file, options)
          : await api.sendDocument(chatId, file, options);
      return String(sent.message_id);
    },
  );
  if (rest.length > 0) return sendText(api, part, chatId, rest.join("\n"));
  return Number(id);
}

async function editOrigin(
  api: Api,
  part: Part,
  target: ReplyTarget,
  o: Extract<Output, { kind: "edit-origin" }>,
) {
  const { chatId, originId } = target;
  const rows = o.choices ?? null;
  if (originId === undefined) {
    // Nothing to edit (the turn did not come from a choice): new content is shown as a new message.
    if (o.text !== undefined) await sendText(api, part, chatId, o.text, rows);
    return;
  }
  try {
    if (o.text === undefined) {
      await api.editMessageReplyMarkup(chatId, originId, rows ? { reply_markup: choiceKeyboard(rows) } : {});
      return;
    }
    const [first = "", ...rest] = splitText(o.text);
    const markup = rest.length === 0 && rows ? { reply_markup: choiceKeyboard(rows) } : {};
    await api.editMessageText(chatId, originId, first, markup);
    if (rest.length > 0) await sendText(api, part, chatId, rest.join("\n"), rows);
  } catch (e) {
    if (isNotModified(e)) return; // a double tap: the message already shows this
    if (!isNotEditable(e) || o.text === undefined) throw e;
    await sendText(api, part, chatId, o.text, rows);
  }
}

/**
 * Shows `reply` in a chat (notices are the caller's: they answer the callback query). Returns the
 * id of the last message sent, so that a reply to it can be matched (a reminder's).
 */
export async function renderReply(
  api: Api,
  target: ReplyTarget,
  reply: Reply,
  progress?: PartsProgress,
): Promise<number | undefined> {
  const part = partSender(progress);
  let last: number | undefined;
  for (const o of reply.outputs) {
    if (o.kind === "message") last = (await sendText(api, part, target.chatId, o.text, o.choices)) ?? last;
    else if (o.kind === "file") last = (await sendFile(api, part, target.chatId, o)) ?? last;
    else if (o.kind === "edit-origin") await editOrigin(api, part, target, o);
  }
  return last;
}
