import { Composer, InlineKeyboard } from "grammy";
import { setAccountLocale } from "../../../services/account-locale.ts";
import { encodeCallback } from "../callback-data/callback-data.ts";
import type { BotContext } from "../context.ts";
import { onCallback } from "./on-callback.ts";

export const lang = new Composer<BotContext>();

async function switchTo(ctx: BotContext, locale: "vi" | "en") {
  if (ctx.from === undefined) return;
  await setAccountLocale(ctx.deps, {
    channel: "telegram",
    externalId: String(ctx.from.id),
    memberId: ctx.actor?.memberId ?? null,
    locale,
  });
  ctx.i18n.useLocale(locale);
  const text = ctx.t("lang-set");
  if (ctx.callbackQuery) await ctx.editMessageText(text);
  else await ctx.reply(text);
}

lang.command("lang", async (ctx) => {
  const arg = ctx.match.trim().toLowerCase();
  if (arg === "vi" || arg === "en") return switchTo(ctx, arg);
  const kb = new InlineKeyboard()
    .text("Tiếng Việt", encodeCallback({ kind: "lang", locale: "vi" }))
    .text("English", encodeCallback({ kind: "lang", locale: "en" }));
  await ctx.reply(ctx.t("lang-choose"), { reply_markup: kb });
});

onCallback(lang, "lang", (ctx, data) => switchTo(ctx, data.locale));
