import { cutGraphemes } from "../../../domain/text/cut-graphemes.ts";
import type { BotContext } from "../context.ts";

/** Telegram shows at most 200 characters of a callback answer. */
const ANSWER_LIMIT = 200;

/**
 * Answers the update's callback query, once: Telegram refuses a second answer ("query is too old…
 * or query ID is invalid"), and a late answer changes nothing for the person, so its failure is
 * logged, never shown.
 */
export async function answerCallbackOnce(ctx: BotContext, text?: string): Promise<void> {
  if (ctx.callbackQuery === undefined || ctx.callbackAnswered) return;
  ctx.callbackAnswered = true;
  await ctx
    .answerCallbackQuery(text ? { text: cutGraphemes(text, ANSWER_LIMIT, "…") } : {})
    .catch((err: unknown) => ctx.deps.logger.debug({ err }, "answerCallbackQuery refused"));
}
