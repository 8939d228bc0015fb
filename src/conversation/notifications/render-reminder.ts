// A reminder as every channel shows it: the text and, for the focal point, "report now" / "snooze".
import { formatLocalDate } from "../../domain/format-date.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import type { ReminderMessage } from "../../services/reminders/reminder-channel.ts";
import { encodeChoice } from "../choice-payload.ts";
import type { Reply } from "../conversation-types.ts";

/** `buttons: false`: the channel numbers the choices ("trả lời 1 để báo cáo ngay, 2 để …"). */
export function reminderText(m: ReminderMessage, locale: Locale = m.locale, buttons = true): string {
  const t = translator(locale);
  const date = formatLocalDate(m.period.dueDate, locale);
  const due =
    m.daysLate < 0
      ? t("reminder-due-ahead", { date, days: -m.daysLate })
      : m.daysLate === 0
        ? t("reminder-due-today", { date })
        : t("reminder-due-late", { date, days: m.daysLate });
  if (m.audience === "escalation") {
    const escalation = t("reminder-escalation", {
      agency: m.agency.name,
      period: m.period.label,
      key: m.period.key,
      code: m.item.code,
      title: m.item.title,
    });
    return [escalation, m.daysLate > 0 ? due : t("reminder-due-today", { date })].join("\n");
  }
  return [
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
