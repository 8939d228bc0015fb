// The command menu Telegram shows: per language, and per role through chat scopes.
import type { Api } from "grammy";
import type { Logger } from "pino";
import { commandsFor } from "../../conversation/command-list.ts";
import type { MemberRole } from "../../domain/access/roles.ts";
import { translator } from "../../i18n/translator.ts";

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
