import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/** Anything no feature handled: explain, in private chats only (groups are left in peace). */
export const fallback = new Composer<BotContext>();

fallback.chatType("private").on("message", async (ctx) => {
  await ctx.reply(ctx.t(ctx.actor === null ? "start-unknown" : "fallback-member"));
});

fallback.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("error-bad-button") });
});
