// Reminders and digests for sandbox personas: the same ports the Telegram channel implements
// (ReminderChannel, DigestChannel), shown in the persona's chat at once. A minimal text for now;
// the conversation layer's renderers take over when it lands.
import { formatLocalDate } from "../../domain/format-date.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import { summaryText } from "../../reports/summary-text.ts";
import type { DigestChannel } from "../../services/digests.ts";
import { ChannelError, type ReminderChannel, type ReminderMessage } from "../../services/reminder-channel.ts";
import { isPersonaId } from "./sandbox-identity.ts";
import type { SandboxChats } from "./sandbox-chats.ts";

function dueLine(m: ReminderMessage): string {
  const t = translator(m.locale);
  const date = formatLocalDate(m.period.dueDate, m.locale);
  if (m.daysLate < 0) return t("reminder-due-ahead", { date, days: -m.daysLate });
  if (m.daysLate === 0) return t("reminder-due-today", { date });
  return t("reminder-due-late", { date, days: m.daysLate });
}

function reminderLines(m: ReminderMessage): string[] {
  const t = translator(m.locale);
  const item = { code: m.item.code, title: m.item.title };
  if (m.audience === "escalation") {
    return [
      t("reminder-escalation", { agency: m.agency.name, period: m.period.label, key: m.period.key, ...item }),
    ];
  }
  return [
    t("reminder-title", { period: m.period.label, key: m.period.key }),
    t("reminder-item", item),
    dueLine(m),
    "",
    t("reminder-template", { code: m.item.code }),
  ];
}

export type SandboxNotifications = ReminderChannel & DigestChannel;

export function sandboxNotifications(chats: SandboxChats, digestLocale: Locale): SandboxNotifications {
  /** A chat that is not a sandbox persona's (a Telegram member in the same database) is not ours. */
  const send = (chatId: string, text: string) => {
    if (!isPersonaId(chatId)) throw new ChannelError("transient", "not a sandbox chat");
    const [first] = chats.deliver(chatId, { outputs: [{ kind: "message", text }] });
    return { messageId: first?.id ?? "" };
  };
  return {
    sendReminder: async (m) => send(m.chatId, reminderLines(m).join("\n")),
    notifyUnreachable: async (n) => {
      const t = translator(n.locale);
      const agency = n.agencyName ? t("agency-suffix", { agency: n.agencyName }) : "";
      send(n.chatId, t("reminder-unreachable", { name: n.memberName, agency }));
    },
    sendDigest: async ({ chatId, summary }) =>
      send(chatId, summaryText(translator(digestLocale), summary, digestLocale).join("\n")),
  };
}
