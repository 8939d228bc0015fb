// Loads a summary snapshot: one plan, one period (default: the latest whose deadline has passed).
import type { CapitalType, ItemLevel } from "../../domain/plan/plan-model.ts";
import type { ReportStatus } from "../../domain/replies/reply-fields.ts";
import type { SummarySnapshot } from "../../domain/summary/summary-types.ts";
import { AppError } from "../app-error.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export async function loadSummarySnapshot(
  deps: ServiceDeps,
  periodKey?: string,
  /** Default: the only active plan. */
  planCode?: string,
): Promise<SummarySnapshot> {
  const { db } = deps;
  const now = deps.clock.now();
  const plan = await resolvePlan(deps, planCode);
  const periods = await db.reportingPeriod.findMany({
    where: { planId: plan.id },
    orderBy: { dueAt: "asc" },
  });
  const period =
    periodKey !== undefined
      ? periods.find((p) => p.key === periodKey)
      : ([...periods].reverse().find((p) => p.dueAt.getTime() <= now.getTime()) ?? periods[0]);
  if (!period) throw new AppError("unknown-period", { key: periodKey ?? "" });
  const previous =
    [...periods].reverse().find((p) => p.calendarId === period.calendarId && p.dueAt < period.dueAt) ?? null;
  const periodIds = [period.id, ...(previous ? [previous.id] : [])];
  const [items, lines, links, agencies, assignments, leads, reports] = await Promise.all([
    db.workItem.findMany({
      where: { planId: plan.id },
      orderBy: { position: "asc" },
      select: { id: true, code: true, level: true, parentId: true, title: true },
    }),
    db.budgetLine.findMany({
      where: { planId: plan.id },
      select: { id: true, code: true, capitalType: true, amountVnd: true },
    }),
    db.budgetLineItem.findMany({
      where: { budgetLine: { planId: plan.id } },
      select: { budgetLineId: true, workItem: { select: { code: true } } },
    }),
    db.planAgency
      .findMany({
        where: { planId: plan.id },
        orderBy: { position: "asc" },
        select: { agency: { select: { id: true, code: true, name: true } } },
      })
      .then((rows) => rows.map((r) => r.agency)),
    db.assignment.findMany({
      where: { planId: plan.id, mustReport: true, calendars: { some: { calendarId: period.calendarId } } },
      select: {
        id: true,
        role: true,
        agency: { select: { code: true } },
        workItem: { select: { code: true } },
      },
    }),
    db.assignment.findMany({
      where: { planId: plan.id, role: { in: ["lead", "implement"] } },
      select: { agency: { select: { code: true } }, workItem: { select: { code: true } } },
    }),
    db.progressReport.findMany({
      where: { periodId: { in: periodIds } }, // periods belong to this plan
      select: { id: true, assignmentId: true, reference: true, periodId: true },
    }),
  ]);
  // Revisions flat and grouped here: a nested include would bind one parameter per report.
  const revisions = await db.reportRevision.findMany({
    where: { report: { periodId: { in: periodIds } } },
    orderBy: [{ reportId: "asc" }, { number: "asc" }],
    select: {
      reportId: true,
      number: true,
      submittedAt: true,
      late: true,
      status: true,
      progressPermille: true,
      disbursedInvestmentVnd: true,
      disbursedRecurrentVnd: true,
      disbursedTotalVnd: true,
      results: true,
      obstacles: true,
      proposals: true,
    },
  });
  const revisionsOf = new Map<string, typeof revisions>();
  for (const r of revisions) {
    const list = revisionsOf.get(r.reportId);
    if (list) list.push(r);
    else revisionsOf.set(r.reportId, [r]);
  }
  const keyOf = new Map(periods.map((p) => [p.id, p.key]));
  const codeOf = new Map(items.map((i) => [i.id, i.code]));
  const itemsOfLine = new Map<string, string[]>();
  for (const l of links)
    itemsOfLine.set(l.budgetLineId, [...(itemsOfLine.get(l.budgetLineId) ?? []), l.workItem.code]);
  const asPeriod = (p: (typeof periods)[number]) => ({
    id: p.id,
    key: p.key,
    label: p.label,
    dueDate: p.dueDate,
    dueAt: p.dueAt,
  });
  return {
    now,
    plan: {
      code: plan.code,
      title: plan.title,
      year: plan.year,
      issuer: plan.issuer,
      timezone: plan.timezone,
      declared: {
        total: plan.declaredTotalVnd,
        investment: plan.declaredInvestmentVnd,
        recurrent: plan.declaredRecurrentVnd,
        central: plan.declaredCentralVnd,
        local: plan.declaredLocalVnd,
      },
    },
    period: asPeriod(period),
    previous: previous ? asPeriod(previous) : null,
    items: items.map((i) => ({
      code: i.code,
      level: i.level as ItemLevel,
      parentCode: i.parentId ? (codeOf.get(i.parentId) ?? null) : null,
      title: i.title,
    })),
    budgetLines: lines.map((l) => ({
      code: l.code,
      capitalType: l.capitalType as CapitalType,
      amountVnd: l.amountVnd,
      itemCodes: itemsOfLine.get(l.id) ?? [],
    })),
    agencies: agencies.map((a) => ({ code: a.code, name: a.name })),
    assignments: assignments.map((a) => ({
      id: a.id,
      agencyCode: a.agency.code,
      itemCode: a.workItem.code,
      role: a.role,
    })),
    leads: leads.map((l) => ({ agencyCode: l.agency.code, itemCode: l.workItem.code })),
    reports: reports.map((r) => ({
      assignmentId: r.assignmentId,
      periodKey: keyOf.get(r.periodId) ?? "",
      reference: r.reference,
      revisions: (revisionsOf.get(r.id) ?? []).map(({ reportId: _r, ...v }) => ({
        ...v,
        status: v.status as ReportStatus,
      })),
    })),
  };
}
