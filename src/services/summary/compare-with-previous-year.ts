// This year's plan next to last year's plan of the same program (same programName, year − 1), at
// the same point of the year: allocation, cumulative disbursement as of the same day and month,
// and completeness (reports due by then that came in by then).
import { allowed, type Caller } from "../../domain/access/roles.ts";
import { localDate } from "../../domain/format-date.ts";
import { computeSummary } from "../../domain/summary/compute-summary.ts";
import { sameDayLastYear, yearPoint, type YearComparison } from "../../domain/summary/year-over-year.ts";
import { AppError } from "../app-error.ts";
import { resolvePlanById } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { endOfLocalDay, loadSummarySnapshot } from "./load-summary-snapshot.ts";

type PlanRow = Awaited<ReturnType<typeof resolvePlanById>>;

/** Last year's plan of the same program, if there is one. */
export async function previousYearPlan(
  { db }: Pick<ServiceDeps, "db">,
  plan: { programName: string; year: number },
) {
  return db.plan.findFirst({
    where: { programName: plan.programName, year: plan.year - 1 },
    orderBy: { importedAt: "desc" },
  });
}

async function pointOf(deps: ServiceDeps, plan: PlanRow, asOf: string) {
  const { db } = deps;
  const at = endOfLocalDay(asOf, plan.timezone);
  const summary = computeSummary(await loadSummarySnapshot(deps, undefined, { planId: plan.id, asOf }));
  const due = await db.reportingPeriod.findMany({
    where: { planId: plan.id, dueAt: { lte: at } },
    select: { id: true, calendarId: true },
  });
  const [perCalendar, received] = await Promise.all([
    db.assignmentCalendar.groupBy({
      by: ["calendarId"],
      where: {
        calendarId: { in: [...new Set(due.map((p) => p.calendarId))] },
        assignment: { mustReport: true },
      },
      _count: { _all: true },
    }),
    db.progressReport.count({
      where: { periodId: { in: due.map((p) => p.id) }, revisions: { some: { submittedAt: { lte: at } } } },
    }),
  ]);
  const count = new Map(perCalendar.map((c) => [c.calendarId, c._count._all]));
  return yearPoint({
    planCode: plan.code,
    year: plan.year,
    asOf,
    allocated: summary.allocated,
    disbursed: summary.disbursed,
    expected: due.reduce((sum, p) => sum + (count.get(p.calendarId) ?? 0), 0),
    received,
  });
}

/**
 * The comparison as of `asOf` (a local date, default and at most today) and the same day a year
 * earlier; null when the program has no plan for the year before. Who may see summaries only.
 */
export async function compareWithPreviousYear(
  deps: ServiceDeps,
  o: { actor: Caller; planId?: string | undefined; asOf?: string | undefined },
): Promise<YearComparison | null> {
  if (!allowed(o.actor, "reports.review")) throw new AppError("forbidden");
  const plan = await resolvePlanById(deps, o.planId);
  const previous = await previousYearPlan(deps, plan);
  if (previous === null) return null;
  const today = localDate(deps.clock.now(), plan.timezone);
  const asOf = o.asOf !== undefined && o.asOf < today ? o.asOf : today;
  return {
    current: await pointOf(deps, plan, asOf),
    previous: await pointOf(deps, previous, sameDayLastYear(asOf)),
  };
}
