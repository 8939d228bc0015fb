// Delivers what is addressed to a person on Telegram: reminders (text and buttons), correction
// notices and "someone blocked the bot" notices. Telegram's errors become ChannelErrors in
// telegram-notification-channel.ts.
import { InlineKeyboard, type Api } from "grammy";
import { formatLocalDate } from "../../domain/format-date.ts";
import { translator } from "../../i18n/translator.ts";
import type { CorrectionChannel } from "../../services/outbox/notification-channel.ts";
import {
  type ReminderChannel,
  type ReminderMessage,
  type UnreachableNotice,
} from "../../services/reminders/reminder-channel.ts";
import { encodeCallback } from "./callback-data/callback-data.ts";

export function reminderText(m: ReminderMessage): string {
  const t = translator(m.locale);
  const date = formatLocalDate(m.period.dueDate, m.locale);
  if (m.audience === "escalation") {
    const due =
      m.daysLate > 0 ? t("reminder-due-late", { date, days: m.daysLate }) : t("reminder-due-today", { date });
    return [
      t("reminder-escalation", {
        agency: m.agency.name,
        period: m.period.label,
        key: m.period.key,
        code: m.item.code,
        title: m.item.title,
      }),
      due,
    ].join("\n");
  }
  const due =
    m.daysLate < 0
      ? t("reminder-due-ahead", { date, days: -m.daysLate })
      : m.daysLate === 0
        ? t("reminder-due-today", { date })
        : t("reminder-due-late", { date, days: m.daysLate });
  return [
    t("reminder-title", { period: m.period.label, key: m.period.key }),
    t("reminder-item", { code: m.item.code, title: m.item.title }),
    due,
    "",
    t("reminder-how"),
    t("reminder-template", { code: m.item.code }),
  ].join("\n");
}

export function telegramReminderChannel(api: Api): ReminderChannel & CorrectionChannel {
  return {
    async sendReminder(m) {
      const t = translator(m.locale);
      const keyboard =
        m.audience === "focal-point"
          ? new InlineKeyboard()
              .text(t("reminder-button-report"), encodeCallback({ kind: "rem-now", id: m.outboxId }))
              .row()
              .text(t("reminder-button-snooze"), encodeCallback({ kind: "rem-snooze", id: m.outboxId }))
          : undefined;
      const sent = await api.sendMessage(
        Number(m.chatId),
        reminderText(m),
        keyboard ? { reply_markup: keyboard } : {},
      );
      return { messageId: String(sent.message_id) };
    },
    async notifyUnreachable(n: UnreachableNotice) {
      const t = translator(n.locale);
      const agency = n.agencyName ? t("agency-suffix", { agency: n.agencyName }) : "";
      const sent = await api.sendMessage(
        Number(n.chatId),
        t("reminder-unreachable", { name: n.memberName, agency }),
      );
      return { messageId: String(sent.message_id) };
    },
    async sendCorrectionNotice(n) {
      const t = translator(n.locale);
      const text = t("correct-notice", {
        name: n.requestedBy,
        code: n.itemCode,
        period: n.period.label,
        key: n.period.key,
        reason: n.reason,
      });
      const sent = await api.sendMessage(Number(n.chatId), text);
      return { messageId: String(sent.message_id) };
    },
  };
}
