import type { Summary } from "../../domain/summary/compute-summary.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import { summaryText } from "../../reports/summary-text.ts";
import type { Reply } from "../conversation-types.ts";

/** A digest (the period's summary) as every channel shows it; each channel splits it under its limit. */
export function renderDigest(summary: Summary, locale: Locale): Reply {
  return {
    outputs: [{ kind: "message", text: summaryText(translator(locale), summary, locale).join("\n") }],
  };
}
