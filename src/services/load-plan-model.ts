import type { PlanModel } from "../domain/plan/plan-model.ts";
import type { TCadence, TDeadlineShift, TRole } from "../domain/plan/plan-file-schema.ts";
import type { ItemLevel, CapitalType } from "../domain/plan/plan-model.ts";
import type { ServiceDeps } from "./service-deps.ts";

/** The stored plan, rebuilt in the same normalised shape the plan file produces. */
export async function loadPlanModel(
  { db }: Pick<ServiceDeps, "db">,
  code: string,
): Promise<PlanModel | null> {
  const plan = await db.plan.findUnique({ where: { code } });
  if (plan === null) return null;
  const planId = plan.id;
  const [agencies, items, lines, assignments, calendars, periods, holidays] = await Promise.all([
    db.agency.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    db.workItem.findMany({
      where: { planId },
      orderBy: { position: "asc" },
      include: { activities: { orderBy: { position: "asc" } } },
    }),
    db.budgetLine.findMany({
      where: { planId },
      orderBy: [{ position: "asc" }, { capitalType: "asc" }],
      include: { items: { include: { workItem: { select: { code: true } } } } },
    }),
    db.assignment.findMany({
      where: { planId },
      include: {
        agency: { select: { code: true } },
        workItem: { select: { code: true } },
        calendars: { include: { calendar: { select: { code: true } } } },
      },
    }),
    db.reportingCalendar.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    db.reportingPeriod.findMany({ where: { planId }, include: { calendar: { select: { code: true } } } }),
    db.holiday.findMany({ where: { planId }, orderBy: { date: "asc" } }),
  ]);
  const codeById = new Map(items.map((i) => [i.id, i.code]));
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
    agencies: agencies.map((a) => ({
      code: a.code,
      name: a.name,
      shortName: a.shortName,
      kind: a.kind,
      isStandingOffice: a.isStandingOffice,
      position: a.position,
    })),
    items: items.map((i) => ({
      code: i.code,
      level: i.level as ItemLevel,
      parentCode: i.parentId === null ? null : (codeById.get(i.parentId) ?? null),
      number: i.number,
      title: i.title,
      position: i.position,
      activities: i.activities.map((a) => ({ position: a.position, groupLabel: a.groupLabel, text: a.text })),
    })),
    budgetLines: lines.map((l) => ({
      code: l.code,
      capitalType: l.capitalType as CapitalType,
      amountVnd: l.amountVnd,
      source: l.source,
      note: l.note,
      position: l.position,
      itemCodes: l.items.map((x) => x.workItem.code).sort(),
    })),
    assignments: assignments.map((a) => ({
      agencyCode: a.agency.code,
      itemCode: a.workItem.code,
      role: a.role as TRole,
      mustReport: a.mustReport,
      note: a.note,
      calendarCodes: a.calendars.map((c) => c.calendar.code).sort(),
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
      calendarCode: p.calendar.code,
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
  };
}
