import { randomBytes } from "node:crypto";
import type { BotError } from "grammy";
import { AppError } from "../../../services/app-error.ts";
import { translator } from "../../../i18n/translator.ts";
import type { BotContext } from "../context.ts";

/** The context's translator, or the default locale's when the failure came before i18n. */
function translate(ctx: BotContext): (key: string, args?: Record<string, string | number>) => string {
  if (typeof ctx.t === "function") return (key, args) => ctx.t(key, args);
  return translator(ctx.deps.defaultLocale);
}

/**
 * The one error boundary: an AppError becomes its localised message; anything else is logged
 * with a reference id that the user gets to quote.
 */
export async function replyToError(err: BotError<BotContext>): Promise<void> {
  const ctx = err.ctx;
  const e = err.error;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  const t = translate(ctx);
  if (e instanceof AppError) {
    await ctx.reply(t(`error-${e.code}`, e.params)).catch(() => undefined);
    return;
  }
  const ref = randomBytes(4).toString("hex").toUpperCase();
  ctx.deps.logger.error({ err: e, ref, updateId: ctx.update.update_id }, "update failed");
  if (ctx.chat) await ctx.reply(t("error-internal", { ref })).catch(() => undefined);
}
