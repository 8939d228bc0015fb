import type { PlanModel } from "../../domain/plan/plan-model.ts";
import type { TCadence, TDeadlineShift, TRole } from "../../domain/plan/plan-file-schema.ts";
import type { ItemLevel, CapitalType } from "../../domain/plan/plan-model.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** The stored plan, rebuilt in the same normalised shape the plan file produces. */
export async function loadPlanModel(
  { db }: Pick<ServiceDeps, "db">,
  code: string,
): Promise<PlanModel | null> {
  const plan = await db.plan.findUnique({ where: { code } });
  if (plan === null) return null;
  const planId = plan.id;
  // Flat queries joined in memory: nested includes would send one bound parameter per parent
  // row, which a province-scale plan (thousands of items) exceeds.
  const [
    agencies,
    items,
    activities,
    lines,
    links,
    assignments,
    assignmentCalendars,
    calendars,
    periods,
    holidays,
  ] = await Promise.all([
    db.planAgency.findMany({ where: { planId }, orderBy: { position: "asc" }, include: { agency: true } }),
    db.workItem.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    db.activity.findMany({
      where: { workItem: { planId } },
      orderBy: [{ workItemId: "asc" }, { position: "asc" }],
    }),
    db.budgetLine.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { capitalType: "asc" }] }),
    db.budgetLineItem.findMany({ where: { budgetLine: { planId } } }),
    db.assignment.findMany({ where: { planId } }),
    db.assignmentCalendar.findMany({ where: { assignment: { planId } } }),
    db.reportingCalendar.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    db.reportingPeriod.findMany({ where: { planId } }),
    db.holiday.findMany({ where: { planId }, orderBy: { date: "asc" } }),
  ]);
  const itemCode = new Map(items.map((i) => [i.id, i.code]));
  const agencyCode = new Map(agencies.map((a) => [a.agencyId, a.agency.code]));
  const calendarCode = new Map(calendars.map((c) => [c.id, c.code]));
  const activitiesOf = groupBy(activities, (a) => a.workItemId);
  const linkedItems = groupBy(links, (l) => l.budgetLineId);
  const calendarsOf = groupBy(assignmentCalendars, (c) => c.assignmentId);
  const codeOf = (m: Map<string, string>, id: string) => m.get(id) ?? "";
  return {
    meta: {
      code: plan.code,
      title: plan.title,
      programName: plan.programName,
      year: plan.year,
      timezone: plan.timezone,
      documentNumber: plan.documentNumber,
      documentDate: plan.documentDate,
      issuer: plan.issuer,
      signer: plan.signer,
    },
    totals: {
      total: plan.declaredTotalVnd,
      investment: plan.declaredInvestmentVnd,
      recurrent: plan.declaredRecurrentVnd,
      central: plan.declaredCentralVnd,
      local: plan.declaredLocalVnd,
      otherSources: JSON.parse(plan.otherSources) as string[],
    },
    // As the plan printed them; kind and standing office as the registry holds them.
    agencies: agencies.map((a) => ({
      code: a.agency.code,
      name: a.name,
      shortName: a.shortName,
      kind: a.agency.kind,
      isStandingOffice: a.agency.isStandingOffice,
      position: a.position,
    })),
    items: items.map((i) => ({
      code: i.code,
      level: i.level as ItemLevel,
      parentCode: i.parentId === null ? null : codeOf(itemCode, i.parentId),
      number: i.number,
      title: i.title,
      position: i.position,
      activities: (activitiesOf.get(i.id) ?? []).map((a) => ({
        position: a.position,
        groupLabel: a.groupLabel,
        text: a.text,
      })),
    })),
    budgetLines: lines.map((l) => ({
      code: l.code,
      capitalType: l.capitalType as CapitalType,
      amountVnd: l.amountVnd,
      source: l.source,
      note: l.note,
      position: l.position,
      itemCodes: (linkedItems.get(l.id) ?? []).map((x) => codeOf(itemCode, x.workItemId)).sort(),
    })),
    assignments: assignments.map((a) => ({
      agencyCode: codeOf(agencyCode, a.agencyId),
      itemCode: codeOf(itemCode, a.workItemId),
      role: a.role as TRole,
      mustReport: a.mustReport,
      note: a.note,
      calendarCodes: (calendarsOf.get(a.id) ?? []).map((c) => codeOf(calendarCode, c.calendarId)).sort(),
    })),
    calendars: calendars.map((c) => ({
      code: c.code,
      name: c.name,
      cadence: c.cadence as TCadence,
      dueRule: c.dueRule,
      isDefault: c.isDefault,
      position: c.position,
    })),
    periods: periods.map((p) => ({
      calendarCode: codeOf(calendarCode, p.calendarId),
      key: p.key,
      label: p.label,
      startDate: p.startDate,
      endDate: p.endDate,
      nominalDueDate: p.nominalDueDate,
      dueDate: p.dueDate,
      dueAt: p.dueAt,
    })),
    holidays: holidays.map((h) => ({ date: h.date, name: h.name })),
    workingDays: plan.workingDays.split(",").map(Number),
    deadlineShift: plan.deadlineShift as TDeadlineShift,
    reminderPolicy: plan.reminderPolicy,
    reportSettings: plan.reportSettings,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
