// Back from an absence: what is still missing, in one message.
import { formatLocalDate } from "../../domain/format-date.ts";
import { translator } from "../../i18n/translator.ts";
import type { ReturnSummaryMessage } from "../../services/reminders/reminder-channel.ts";
import type { Reply } from "../conversation-types.ts";
import { dueText } from "./render-reminder.ts";

export function renderReturnSummary(m: ReturnSummaryMessage): Reply {
  const t = translator(m.locale);
  const until = formatLocalDate(m.until, m.locale);
  const text =
    m.missing.length === 0
      ? t("away-return-nothing", { until })
      : [
          t("away-return-title", { until, count: m.missing.length }),
          ...m.missing.map((x) =>
            t("away-return-item", {
              code: x.item.code,
              title: x.item.title,
              period: x.period.label,
              key: x.period.key,
              due: dueText(x, m.locale),
            }),
          ),
          "",
          t("away-return-how"),
        ].join("\n");
  return { outputs: [{ kind: "message", text }] };
}
