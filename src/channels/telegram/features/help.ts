import { Composer } from "grammy";
import { commandsFor } from "../set-commands.ts";
import type { BotContext } from "../context.ts";

export const help = new Composer<BotContext>();

help.command("help", async (ctx) => {
  const lines = commandsFor(ctx.actor?.role ?? null)
    .filter((c) => c !== "resume") // described with /pause
    .map((c) => ctx.t(`help-${c}`));
  await ctx.reply([ctx.t("help-header"), ...lines].join("\n"));
});
