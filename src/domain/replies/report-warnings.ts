import type { ReplyValue } from "./parse-reply.ts";
import type { ReportStatus } from "./reply-fields.ts";

export interface ReportWarning {
  code: "over-budget" | "progress-down";
  params: Record<string, string | number>;
}

/** Things to confirm, not silently accept: disbursed above the budget, progress going backwards. */
export function reportWarnings(
  value: ReplyValue,
  context: { budgetVnd: bigint | null; lastProgressPct: number | null },
): ReportWarning[] {
  const out: ReportWarning[] = [];
  if (
    context.budgetVnd !== null &&
    value.disbursedVnd !== undefined &&
    value.disbursedVnd > context.budgetVnd
  ) {
    out.push({
      code: "over-budget",
      params: { disbursed: value.disbursedVnd.toString(), budget: context.budgetVnd.toString() },
    });
  }
  if (
    context.lastProgressPct !== null &&
    value.progressPct !== undefined &&
    value.progressPct < context.lastProgressPct
  ) {
    out.push({ code: "progress-down", params: { now: value.progressPct, before: context.lastProgressPct } });
  }
  return out;
}

/** When the message gives no status: 0% is not started, 100% completed, anything else in progress. */
export function deriveStatus(value: ReplyValue): ReportStatus | null {
  if (value.status) return value.status;
  if (value.progressPct === undefined) return null;
  if (value.progressPct === 0) return "not-started";
  if (value.progressPct === 100) return "completed";
  return "in-progress";
}
