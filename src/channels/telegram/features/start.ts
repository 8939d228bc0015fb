import { Composer } from "grammy";
import { redeemInvite } from "../../../services/redeem-invite.ts";
import type { BotContext } from "../context.ts";
import { registerChatCommands } from "../set-commands.ts";
import { agencySuffix, roleLabel } from "./shared.ts";

export const start = new Composer<BotContext>();

start.command("start", async (ctx) => {
  const code = ctx.match.trim();
  const from = ctx.from;
  if (code === "" || from === undefined || ctx.chat.type !== "private") {
    if (ctx.actor === null) return void (await ctx.reply(ctx.t("start-unknown")));
    const a = ctx.actor;
    return void (await ctx.reply(
      ctx.t("start-welcome-back", {
        name: a.fullName,
        role: roleLabel(ctx, a.role),
        agency: agencySuffix(ctx, a.agencyName),
      }),
    ));
  }
  const fullName = [from.first_name, from.last_name].filter(Boolean).join(" ");
  const result = await redeemInvite(ctx.deps, {
    code,
    account: {
      channel: "telegram",
      externalId: String(from.id),
      chatId: String(ctx.chat.id),
      fullName,
      username: from.username ?? null,
      locale: (await ctx.i18n.getLocale()) === "en" ? "en" : "vi",
    },
  });
  if (result.kind !== "joined") return void (await ctx.reply(ctx.t(`join-${result.kind}`)));
  if (result.again) return void (await ctx.reply(ctx.t("join-again")));
  await ctx.reply(
    ctx.t("join-done", {
      name: fullName,
      role: roleLabel(ctx, result.role),
      agency: agencySuffix(ctx, result.agencyName),
    }),
  );
  await registerChatCommands(ctx.api, ctx.deps.logger, { chatId: ctx.chat.id, role: result.role });
});
