// Renders a Reply on Zalo: plain text in parts under 2,000 characters (the conversation has already
// numbered the choices and turned files into links), and a chart by its URL through sendPhoto.
import type { Logger } from "pino";
import type { Reply } from "../../conversation/conversation-types.ts";
import { splitText } from "../../domain/text/split-text.ts";
import { partSender, type PartsProgress } from "../../services/outbox/parts-progress.ts";
import { ZaloApiError, type ZaloApi } from "./zalo-api.ts";

/** Zalo's limit on a message's text (counted in UTF-16 units, never fewer than Zalo counts). */
export const ZALO_TEXT_LIMIT = 2000;

/** Waits for the send throttle before each message to `chatId`. */
export type BeforeSend = (chatId: string) => Promise<void>;

/**
 * Shows `reply` in a chat; returns the id of the last message sent. `progress`: a notification
 * retried after a failure part-way does not send again the parts already delivered.
 */
export async function renderZaloReply(
  api: ZaloApi,
  chatId: string,
  reply: Reply,
  o: { logger: Logger; beforeSend?: BeforeSend; progress?: PartsProgress | undefined },
): Promise<string | undefined> {
  let last: string | undefined;
  const part = partSender(o.progress);
  const send = async (method: string, params: Record<string, unknown>) => {
    const id = await part(
      () => `${method} ${JSON.stringify(params)}`,
      async () => {
        await o.beforeSend?.(chatId);
        const sent = await api.call<{ message_id?: string }>(method, { chat_id: chatId, ...params });
        return sent.message_id ?? "";
      },
    );
    if (id !== "") last = id;
  };
  for (const out of reply.outputs) {
    if (out.kind !== "message") continue; // files, edits and notices are the conversation's to turn into text
    if (out.imageUrl !== undefined) {
      // Zalo fetches the picture itself; if it cannot, the text below still carries the link.
      await send("sendPhoto", { photo: out.imageUrl }).catch((err: unknown) => {
        if (!(err instanceof ZaloApiError) || err.errorCode === 429 || err.errorCode >= 500) throw err;
        o.logger.warn({ err: err.description }, "Zalo refused a picture by URL; the link is sent as text");
      });
    }
    for (const part of splitText(out.text, ZALO_TEXT_LIMIT)) await send("sendMessage", { text: part });
  }
  return last;
}
