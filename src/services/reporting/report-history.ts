import { can, type Actor } from "../../domain/access/roles.ts";
import { defaultPeriod } from "../../domain/calendar/deadlines.ts";
import { AppError } from "../app-error.ts";
import { planScope } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Every revision of one item's report for one period (default: the current one), oldest first.
 * A focal point sees its own agency's; leaders, the standing office and admins see all.
 */
export async function reportHistory(
  deps: ServiceDeps,
  o: { actor: Actor; itemCode: string; periodKey?: string; planCode?: string },
) {
  const planIds = await planScope(deps, o.planCode);
  const assignments = await deps.db.assignment.findMany({
    where: { planId: { in: planIds }, mustReport: true, workItem: { code: o.itemCode } },
    include: {
      calendars: { include: { calendar: { include: { periods: true } } } },
      reports: { select: { period: { select: { key: true } } } },
    },
  });
  const viewAll = can(o.actor, "reports.review");
  const visible = assignments.filter((a) => viewAll || a.agencyId === o.actor.agencyId);
  if (assignments.length > 0 && visible.length === 0)
    throw new AppError("not-your-item", { code: o.itemCode });
  if (new Set(visible.map((v) => v.planId)).size > 1) throw new AppError("which-plan", { code: o.itemCode });
  const a = visible[0];
  if (a === undefined) throw new AppError("unknown-item", { code: o.itemCode });
  const periods = a.calendars.flatMap((c) => c.calendar.periods);
  const period =
    o.periodKey !== undefined
      ? periods.find((p) => p.key === o.periodKey)
      : defaultPeriod(periods, new Set(a.reports.map((r) => r.period.key)), deps.clock.now());
  if (!period) throw new AppError("no-period");
  const report = await deps.db.progressReport.findUnique({
    where: { assignmentId_periodId: { assignmentId: a.id, periodId: period.id } },
    include: {
      revisions: { orderBy: { number: "asc" }, include: { submittedBy: { select: { fullName: true } } } },
    },
  });
  return {
    itemCode: o.itemCode,
    planId: a.planId,
    period: { key: period.key, label: period.label },
    reference: report?.reference ?? null,
    revisions: report?.revisions ?? [],
  };
}
