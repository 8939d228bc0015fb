import type { ReplyValue } from "./parse-reply.ts";
import type { ReportStatus } from "./reply-fields.ts";

export interface ReportWarning {
  code: "over-budget" | "progress-down" | "status-progress";
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
  const contradiction = statusContradiction(value);
  if (contradiction) out.push(contradiction);
  return out;
}

/**
 * A stated status the progress contradicts: "chưa bắt đầu" with progress above 0%, or "hoàn
 * thành" below 100%. A warning to confirm, not a refusal: the guided report asks the status
 * before the progress, and a completed item can fall short of the year's target; the person
 * sees both values side by side and confirms or corrects.
 */
function statusContradiction(value: ReplyValue): ReportWarning | null {
  const pct = value.progressPct;
  if (value.status === undefined || pct === undefined) return null;
  const contradicts =
    (value.status === "not-started" && pct > 0) || (value.status === "completed" && pct < 100);
  return contradicts ? { code: "status-progress", params: { status: value.status, pct } } : null;
}

/** When the message gives no status: 0% is not started, 100% completed, anything else in progress. */
export function deriveStatus(value: ReplyValue): ReportStatus | null {
  if (value.status) return value.status;
  if (value.progressPct === undefined) return null;
  if (value.progressPct === 0) return "not-started";
  if (value.progressPct === 100) return "completed";
  return "in-progress";
}
