import { randomBytes } from "node:crypto";
import type { BotError } from "grammy";
import { AppError } from "../../../services/app-error.ts";
import type { BotContext } from "../context.ts";

/**
 * The one error boundary: an AppError becomes its localised message; anything else is logged
 * with a reference id that the user gets to quote.
 */
export async function replyToError(err: BotError<BotContext>): Promise<void> {
  const ctx = err.ctx;
  const e = err.error;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  if (e instanceof AppError) {
    await ctx.reply(ctx.t(`error-${e.code}`, e.params)).catch(() => undefined);
    return;
  }
  const ref = randomBytes(4).toString("hex").toUpperCase();
  ctx.deps.logger.error({ err: e, ref, updateId: ctx.update.update_id }, "update failed");
  await ctx.reply(ctx.t("error-internal", { ref })).catch(() => undefined);
}
