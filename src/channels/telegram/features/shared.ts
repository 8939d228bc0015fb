import type { MemberRole } from "../../../domain/access/roles.ts";
import { AppError } from "../../../services/app-error.ts";
import type { ActorProfile } from "../../../services/resolve-actor.ts";
import type { BotContext } from "../context.ts";

export const roleLabel = (ctx: BotContext, role: MemberRole | string) => ctx.t(`member-role-${role}`);

export const agencySuffix = (ctx: BotContext, agency: string | null) =>
  agency === null ? "" : ctx.t("agency-suffix", { agency });

/** The registered caller, or a polite refusal. */
export function requireActor(ctx: BotContext): ActorProfile {
  if (ctx.actor === null) throw new AppError("not-registered");
  return ctx.actor;
}

/** The locale the current reply is written in. */
export async function localeOf(ctx: BotContext): Promise<string> {
  return ctx.i18n.getLocale();
}

/** Telegram refuses messages over 4,096 characters: split on line breaks. */
export function splitMessage(text: string, limit = 4000): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    if (current.length + line.length + 1 > limit && current !== "") {
      parts.push(current);
      current = "";
    }
    current = current === "" ? line.slice(0, limit) : `${current}\n${line.slice(0, limit)}`;
  }
  if (current !== "") parts.push(current);
  return parts;
}

export async function replyLong(ctx: BotContext, text: string): Promise<void> {
  for (const part of splitMessage(text)) await ctx.reply(part);
}
