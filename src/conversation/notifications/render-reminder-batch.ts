// Several reminders of one person due at the same tick, as one message: the items one per line,
// a "report <code>" choice per item (focal points) and one "remind me later" for the message.
import { translator, type Locale } from "../../i18n/translator.ts";
import type { ReminderBatch } from "../../services/reminders/reminder-channel.ts";
import { encodeChoice } from "../choice-payload.ts";
import type { Choice, Reply } from "../conversation-types.ts";
import { dueText, insteadOfText } from "./render-reminder.ts";

export function renderReminderBatch(b: ReminderBatch): Reply {
  const first = b.items[0];
  const locale: Locale = first?.locale ?? "vi";
  const t = translator(locale);
  const focal = first?.audience === "focal-point";
  const lines = b.items.flatMap((m) => [
    t(focal ? "reminder-batch-item" : "reminder-batch-escalation", {
      agency: m.agency.name,
      code: m.item.code,
      title: m.item.title,
      period: m.period.label,
      key: m.period.key,
    }),
    `   ${dueText(m, locale)}`,
    ...insteadOfText(m, locale).map((l) => `   ${l}`),
  ]);
  const text = [t("reminder-batch-title", { count: b.items.length }), ...lines].join("\n");
  if (!focal || first === undefined) return { outputs: [{ kind: "message", text }] };
  const choices: Choice[][] = b.items.map((m) => [
    {
      label: t("reminder-batch-button-report", { code: m.item.code }),
      payload: encodeChoice({ kind: "rem-now", id: m.outboxId }),
    },
  ]);
  choices.push([
    { label: t("reminder-button-snooze"), payload: encodeChoice({ kind: "rem-snooze", id: first.outboxId }) },
  ]);
  return { outputs: [{ kind: "message", text: [text, "", t("reminder-batch-how")].join("\n"), choices }] };
}
