import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { localeOf, requireActor, roleLabel } from "./shared.ts";

export const me = new Composer<BotContext>();

me.command("me", async (ctx) => {
  const a = requireActor(ctx);
  await ctx.reply(
    ctx.t("me-card", {
      name: a.fullName,
      role: roleLabel(ctx, a.role),
      agency: a.agencyName ?? ctx.t("me-no-agency"),
      locale: (await localeOf(ctx)) === "en" ? "English" : "Tiếng Việt",
      telegramId: String(ctx.from?.id ?? ""),
    }),
  );
});
