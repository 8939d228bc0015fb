import { Composer } from "grammy";
import { AppError } from "../../../services/app-error.ts";
import { subscribeChat } from "../../../services/subscribe-chat.ts";
import type { BotContext } from "../context.ts";
import { requireActor } from "./shared.ts";

export const subscribe = new Composer<BotContext>();

subscribe.command("subscribe", async (ctx) => {
  const actor = requireActor(ctx);
  if (ctx.chat.type !== "group" && ctx.chat.type !== "supergroup") throw new AppError("group-only");
  const result = await subscribeChat(ctx.deps, {
    actor,
    channel: "telegram",
    chatId: String(ctx.chat.id),
    title: ctx.chat.title,
  });
  await ctx.reply(ctx.t(result === "subscribed" ? "subscribe-done" : "subscribe-already"));
});
