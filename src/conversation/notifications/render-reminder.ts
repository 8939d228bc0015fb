// A reminder as every channel shows it: the text and, for the focal point, "report now" / "snooze".
import { formatLocalDate } from "../../domain/format-date.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import type { ReminderMessage } from "../../services/reminders/reminder-channel.ts";
import { encodeChoice } from "../choice-payload.ts";
import type { Reply } from "../conversation-types.ts";

/** "Hạn: …" of one item: days left, today, or days late. */
export function dueText(m: Pick<ReminderMessage, "period" | "daysLate">, locale: Locale): string {
  const t = translator(locale);
  const date = formatLocalDate(m.period.dueDate, locale);
  return m.daysLate < 0
    ? t("reminder-due-ahead", { date, days: -m.daysLate })
    : m.daysLate === 0
      ? t("reminder-due-today", { date })
      : t("reminder-due-late", { date, days: m.daysLate });
}

/** "Thay cho … đang vắng đến 21/07": a reminder sent in place of a colleague away. */
export function insteadOfText(m: Pick<ReminderMessage, "insteadOf">, locale: Locale): string[] {
  if (m.insteadOf === undefined) return [];
  const until = formatLocalDate(m.insteadOf.until, locale);
  return [translator(locale)("away-instead-of", { name: m.insteadOf.name, until })];
}

/** `buttons: false`: the channel numbers the choices ("trả lời 1 để báo cáo ngay, 2 để …"). */
export function reminderText(m: ReminderMessage, locale: Locale = m.locale, buttons = true): string {
  const t = translator(locale);
  const date = formatLocalDate(m.period.dueDate, locale);
  const due = dueText(m, locale);
  if (m.audience === "escalation") {
    const escalation = t("reminder-escalation", {
      agency: m.agency.name,
      period: m.period.label,
      key: m.period.key,
      code: m.item.code,
      title: m.item.title,
    });
    return [
      escalation,
      m.daysLate > 0 ? due : t("reminder-due-today", { date }),
      ...insteadOfText(m, locale),
    ].join("\n");
  }
  return [
    ...insteadOfText(m, locale),
    t("reminder-title", { period: m.period.label, key: m.period.key }),
    t("reminder-item", { code: m.item.code, title: m.item.title }),
    due,
    "",
    t(buttons ? "reminder-how" : "reminder-how-numbered"),
    t("reminder-template", { code: m.item.code }),
  ].join("\n");
}

export function renderReminder(
  m: ReminderMessage,
  locale: Locale = m.locale,
  { buttons = true }: { buttons?: boolean } = {},
): Reply {
  const t = translator(locale);
  const text = reminderText(m, locale, buttons);
  if (m.audience !== "focal-point") return { outputs: [{ kind: "message", text }] };
  return {
    outputs: [
      {
        kind: "message",
        text,
        ...(buttons ? {} : { listed: true }),
        choices: [
          [
            {
              label: t("reminder-button-report"),
              payload: encodeChoice({ kind: "rem-now", id: m.outboxId }),
            },
          ],
          [
            {
              label: t("reminder-button-snooze"),
              payload: encodeChoice({ kind: "rem-snooze", id: m.outboxId }),
            },
          ],
        ],
      },
    ],
  };
}
