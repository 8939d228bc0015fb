import { randomBytes } from "node:crypto";
import type { BotError } from "grammy";
import { translator } from "../../../i18n/translator.ts";
import type { BotContext } from "../context.ts";
import { answerCallbackOnce } from "./answer-callback.ts";

/**
 * The one error boundary of the channel: the conversation answers every mistake a person makes, so
 * what reaches here failed in the transport (a refusal by Telegram, the network). It is logged with
 * a reference id that the person gets to quote.
 */
export async function replyToError(err: BotError<BotContext>): Promise<void> {
  const ctx = err.ctx;
  await answerCallbackOnce(ctx);
  const t = translator(ctx.from?.language_code?.startsWith("en") ? "en" : ctx.deps.defaultLocale);
  const ref = randomBytes(4).toString("hex").toUpperCase();
  ctx.deps.logger.error({ err: err.error, ref, updateId: ctx.update.update_id }, "update failed");
  if (ctx.chat) await ctx.reply(t("error-internal", { ref })).catch(() => undefined);
}
