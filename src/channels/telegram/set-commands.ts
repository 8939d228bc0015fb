// The command menu Telegram shows: per language, and per role through chat scopes.
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { MemberRole } from "../../domain/access/roles.ts";
import { translator } from "../../i18n/translator.ts";

const EVERYONE = ["start", "help", "me", "tasks", "lang"] as const;
const REPORTERS = ["report", "history"] as const;
const VIEWERS = [
  "agencies",
  "members",
  "history",
  "correct",
  "summary",
  "overdue",
  "project",
  "agency",
  "export",
] as const;
const MANAGERS = ["invite", "revoke", "subscribe", "schedule", "pause", "resume"] as const;

export type CommandName =
  | (typeof EVERYONE)[number]
  | (typeof REPORTERS)[number]
  | (typeof VIEWERS)[number]
  | (typeof MANAGERS)[number];

/** The commands a role sees (null: not registered). */
export function commandsFor(role: MemberRole | null): CommandName[] {
  if (role === null) return ["start", "help", "lang"];
  if (role === "focal-point") return [...EVERYONE, ...REPORTERS];
  if (role === "leader") return [...EVERYONE, ...VIEWERS];
  return [...EVERYONE, ...VIEWERS, ...MANAGERS];
}

function menu(role: MemberRole | null, locale: "vi" | "en") {
  const t = translator(locale);
  return commandsFor(role).map((command) => ({ command, description: t(`cmd-${command}`) }));
}

/** Default menu for everyone, in Vietnamese and (for English-language clients) English. */
export async function registerDefaultCommands(api: Api): Promise<void> {
  await api.setMyCommands(menu(null, "vi"));
  await api.setMyCommands(menu(null, "en"), { language_code: "en" });
}

/** A member's own chat gets the menu of their role. Failures are logged, never fatal. */
export async function registerChatCommands(
  api: Api,
  logger: Logger,
  member: { chatId: number | string; role: MemberRole },
): Promise<void> {
  const scope = { type: "chat" as const, chat_id: Number(member.chatId) };
  try {
    await api.setMyCommands(menu(member.role, "vi"), { scope });
    await api.setMyCommands(menu(member.role, "en"), { scope, language_code: "en" });
  } catch (err) {
    logger.warn({ err, chatId: member.chatId }, "setMyCommands failed");
  }
}
