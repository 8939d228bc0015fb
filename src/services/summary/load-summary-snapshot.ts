// Loads a summary snapshot: one plan, one period (default: the latest whose deadline has passed),
// and the cumulative figures as of a date (default: the period's last day, or today if earlier).
// Figures may come from any period's report: every report of a period that ended by then, and of
// later periods the revisions sent by then (see domain/summary/cumulative-figures.ts).
import { DateTime } from "luxon";
import type { CapitalType, ItemLevel } from "../../domain/plan/plan-model.ts";
import { localDate } from "../../domain/format-date.ts";
import { horizonOf } from "../../domain/reminders/plan-reminders.ts";
import { parseReminderPolicy } from "../../domain/reminders/reminder-policy.ts";
import type { SummarySnapshot } from "../../domain/summary/summary-types.ts";
import { AppError } from "../app-error.ts";
import { resolvePlanById } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { flag, jsonRows } from "./json-rows.ts";
import { loadFigureReports } from "./load-figure-reports.ts";

export interface SnapshotOptions {
  /** The plan by id, else by code (default: the only active plan). */
  planId?: string | undefined;
  planCode?: string | undefined;
  /** Cumulative figures as of this local date "YYYY-MM-DD" (default: the period's last day, or today before it). */
  asOf?: string | undefined;
}

/** The end of a local day, as an instant. */
export const endOfLocalDay = (date: string, timezone: string): Date =>
  DateTime.fromISO(date, { zone: timezone }).endOf("day").toJSDate();

export async function loadSummarySnapshot(
  deps: ServiceDeps,
  periodKey?: string,
  o: SnapshotOptions = {},
): Promise<SummarySnapshot> {
  const { db } = deps;
  const now = deps.clock.now();
  const plan = await resolvePlanById(deps, o.planId, o.planCode);
  const zone = plan.timezone;
  const rows = await db.reportingPeriod.findMany({ where: { planId: plan.id }, orderBy: { dueAt: "asc" } });
  const periods = rows.map((p) => ({ ...p, endAt: endOfLocalDay(p.endDate, zone) }));
  const chosenBy = o.asOf === undefined ? now : endOfLocalDay(o.asOf, zone);
  const period =
    periodKey !== undefined
      ? periods.find((p) => p.key === periodKey)
      : ([...periods].reverse().find((p) => p.dueAt.getTime() <= chosenBy.getTime()) ?? periods[0]);
  if (!period) throw new AppError("unknown-period", { key: periodKey ?? "" });
  const previous =
    [...periods].reverse().find((p) => p.calendarId === period.calendarId && p.dueAt < period.dueAt) ?? null;
  const today = localDate(now, zone);
  const asOfDate = o.asOf ?? (period.endDate < today ? period.endDate : today);
  const asOf = { date: asOfDate, at: endOfLocalDay(asOfDate, zone) };
  // Items, budget lines, links, agencies and assignments are read with joined SQL, as one JSON array
  // each: at a province's size (10,000 assignments, 11,000 items, 1,000 agencies and lines) Prisma's
  // selects cost more than the reports themselves.
  const [itemRows, lines, links, agencies, plainAssignments, holidays] = await Promise.all([
    jsonRows(
      db,
      Prisma.sql`i."id", i."code", i."level", i."parentId", i."title", i."position"`,
      Prisma.sql`FROM "WorkItem" i WHERE i."planId" = ${plan.id}`,
    ).then((rows) => rows.sort((a, b) => (a[5] as number) - (b[5] as number))),
    jsonRows(
      db,
      Prisma.sql`l."id", l."code", l."capitalType", CAST(l."amountVnd" AS TEXT)`,
      Prisma.sql`FROM "BudgetLine" l WHERE l."planId" = ${plan.id}`,
    ).then((rows) =>
      rows.map(([id, code, capitalType, amountVnd]) => ({
        id: id as string,
        code: code as string,
        capitalType: capitalType as string,
        amountVnd: BigInt(amountVnd as string),
      })),
    ),
    jsonRows(
      db,
      Prisma.sql`k."budgetLineId", i."code"`,
      Prisma.sql`FROM "BudgetLineItem" k
        JOIN "BudgetLine" l ON l."id" = k."budgetLineId"
        JOIN "WorkItem" i ON i."id" = k."workItemId"
        WHERE l."planId" = ${plan.id}`,
    ).then((rows) =>
      rows.map(([budgetLineId, itemCode]) => ({
        budgetLineId: budgetLineId as string,
        itemCode: itemCode as string,
      })),
    ),
    // The plan's agencies in the plan's order (a nested Prisma select cost four times this).
    jsonRows(
      db,
      Prisma.sql`g."id", g."code", g."name", pa."position"`,
      Prisma.sql`FROM "PlanAgency" pa JOIN "Agency" g ON g."id" = pa."agencyId" WHERE pa."planId" = ${plan.id}`,
    ).then((rows) =>
      rows
        .sort((a, b) => (a[3] as number) - (b[3] as number))
        .map(([id, code, name]) => ({ id: id as string, code: code as string, name: name as string })),
    ),
    jsonRows(
      db,
      Prisma.sql`a."id", a."role", a."mustReport",
        CASE WHEN EXISTS (
          SELECT 1 FROM "AssignmentCalendar" c
          WHERE c."assignmentId" = a."id" AND c."calendarId" = ${period.calendarId}
        ) THEN 1 ELSE 0 END, a."agencyId", a."workItemId"`,
      Prisma.sql`FROM "Assignment" a WHERE a."planId" = ${plan.id}`,
    ),
    db.holiday.findMany({ where: { planId: plan.id }, select: { date: true } }),
  ]);
  // Codes from the items and agencies read anyway (looking them up in SQL cost more than the rest of
  // the query, and a join changed the assignments' order on PostgreSQL); an agency assigned but not
  // among the plan's is read apart.
  const itemCodeOf = new Map(itemRows.map((i) => [i[0] as string, i[1] as string]));
  const items: SummarySnapshot["items"] = itemRows.map(([, code, level, parentId, title]) => ({
    code: code as string,
    level: level as ItemLevel,
    parentCode: parentId === null ? null : (itemCodeOf.get(parentId as string) ?? null),
    title: title as string,
  }));
  const agencyCodeOf = new Map(agencies.map((a) => [a.id, a.code]));
  const strangers = [...new Set(plainAssignments.map((a) => a[4] as string))].filter(
    (id) => !agencyCodeOf.has(id),
  );
  if (strangers.length > 0)
    for (const a of await db.agency.findMany({
      where: { id: { in: strangers } },
      select: { id: true, code: true },
    }))
      agencyCodeOf.set(a.id, a.code);
  // The snapshot's objects built at once from the rows, field by field: intermediate objects per
  // assignment (and an object rest and spread) were the load's costliest JavaScript.
  type Assignment = SummarySnapshot["assignments"][number];
  const assignments: Assignment[] = [];
  const otherReporters: Assignment[] = [];
  const leads: SummarySnapshot["leads"] = [];
  for (const [id, role, mustReport, onCalendar, agencyId, itemId] of plainAssignments) {
    const agencyCode = agencyCodeOf.get(agencyId as string) ?? "";
    const itemCode = itemCodeOf.get(itemId as string) ?? "";
    if (role === "lead" || role === "implement") leads.push({ agencyCode, itemCode });
    if (!flag(mustReport)) continue;
    const a = { id: id as string, agencyCode, itemCode, role: role as string };
    if (onCalendar === 1) assignments.push(a);
    else otherReporters.push(a);
  }
  const reports = await loadFigureReports(deps, {
    periods,
    period,
    previous,
    asOf,
    reporters: [...assignments, ...otherReporters].map((a) => a.id),
  });
  const itemsOfLine = new Map<string, string[]>();
  for (const l of links) {
    const list = itemsOfLine.get(l.budgetLineId);
    if (list) list.push(l.itemCode);
    else itemsOfLine.set(l.budgetLineId, [l.itemCode]);
  }
  const asPeriod = (p: (typeof periods)[number]) => ({
    id: p.id,
    key: p.key,
    label: p.label,
    dueDate: p.dueDate,
    dueAt: p.dueAt,
    endDate: p.endDate,
    endAt: p.endAt,
  });
  const catchUpEndsAt = horizonOf(period.dueDate, {
    policy: parseReminderPolicy(plan.reminderPolicy),
    calendar: {
      timezone: zone,
      workingDays: plan.workingDays.split(",").map(Number),
      holidays: new Set(holidays.map((h) => h.date)),
    },
  });
  return {
    now,
    plan: {
      id: plan.id,
      code: plan.code,
      title: plan.title,
      year: plan.year,
      issuer: plan.issuer,
      timezone: zone,
      declared: {
        total: plan.declaredTotalVnd,
        investment: plan.declaredInvestmentVnd,
        recurrent: plan.declaredRecurrentVnd,
        central: plan.declaredCentralVnd,
        local: plan.declaredLocalVnd,
      },
      closed: plan.status === "closed",
    },
    period: { ...asPeriod(period), catchUpEndsAt },
    previous: previous ? asPeriod(previous) : null,
    asOf,
    periods: periods.map(asPeriod),
    items,
    budgetLines: lines.map((l) => ({
      code: l.code,
      capitalType: l.capitalType as CapitalType,
      amountVnd: l.amountVnd,
      itemCodes: itemsOfLine.get(l.id) ?? [],
    })),
    agencies: agencies.map((a) => ({ code: a.code, name: a.name })),
    assignments,
    otherReporters,
    leads,
    reports,
  };
}
