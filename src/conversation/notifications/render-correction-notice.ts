import { translator, type Locale } from "../../i18n/translator.ts";
import type { CorrectionNotice } from "../../services/reporting/request-correction.ts";
import type { Reply } from "../conversation-types.ts";

/** The focal point's notice that a report is to be corrected. */
export function renderCorrectionNotice(
  notice: Pick<CorrectionNotice, "itemCode" | "period" | "reason" | "requestedBy">,
  locale: Locale,
): Reply {
  const t = translator(locale);
  const text = t("correct-notice", {
    name: notice.requestedBy,
    code: notice.itemCode,
    period: notice.period.label,
    key: notice.period.key,
    reason: notice.reason,
  });
  return { outputs: [{ kind: "message", text }] };
}
