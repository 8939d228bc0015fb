// Loads what the reminder planner needs from the database: only periods near their deadline.
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import type { ExistingRow, Obligation, PlannerInput } from "../../domain/reminders/plan-reminders.ts";
import { parseReminderPolicy, type TReminderPolicy } from "../../domain/reminders/reminder-policy.ts";
import { Prisma, type Plan } from "../../generated/prisma/client.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import { loadAbsences } from "./load-absences.ts";
import { reminderFields } from "../outbox/reminder-fields.ts";
import type { ServiceDeps } from "../service-deps.ts";

const DAY = 86_400_000;

interface ExistingSelect {
  id: string;
  assignmentId: string | null;
  periodId: string | null;
  step: string | null;
  recipientMemberId: string | null;
  status: string;
}

export interface ReminderSnapshot {
  input: PlannerInput;
  planId: string;
  policy: TReminderPolicy;
}

/**
 * Everything a tick at `now` (and a look ahead to `until`) depends on: reporting assignments with
 * periods inside the window, minus those reported or paused; recipients; rows already queued.
 */
export async function loadReminderSnapshot(
  deps: ServiceDeps,
  now: Date,
  until: Date = now,
  /** The plan to remind for (default: the only active plan). */
  forPlan?: Plan,
): Promise<ReminderSnapshot> {
  const { db } = deps;
  const plan = forPlan ?? (await resolvePlan(deps));
  const policy = parseReminderPolicy(plan.reminderPolicy);
  const maxBefore = Math.max(0, ...policy.before);
  const periods = await db.reportingPeriod.findMany({
    where: {
      planId: plan.id,
      dueAt: {
        gte: new Date(now.getTime() - (policy.catchUpDays + 3) * DAY),
        lte: new Date(until.getTime() + (maxBefore + 3) * DAY),
      },
    },
    select: { id: true, dueDate: true, calendarId: true },
  });
  const periodIds = periods.map((p) => p.id);
  const calendarIds = [...new Set(periods.map((p) => p.calendarId))];
  const dueDateOf = new Map(periods.map((p) => [p.id, p.dueDate]));
  const [links, reports, pauses, members, holidays, existing, absences] = await Promise.all([
    // Raw SELECTs (the same SQL on both engines) for the two lists that grow with the province:
    // 10,000 rows each, read as flat rows instead of through the client's nested mapping.
    calendarIds.length === 0
      ? []
      : db.$queryRaw<{ assignmentId: string; calendarId: string; agencyId: string }[]>`
          SELECT ac."assignmentId", ac."calendarId", a."agencyId"
          FROM "AssignmentCalendar" ac JOIN "Assignment" a ON a."id" = ac."assignmentId"
          WHERE a."planId" = ${plan.id} AND a."mustReport" = ${true}
            AND ac."calendarId" IN (${Prisma.join(calendarIds)})`,
    db.progressReport.findMany({
      where: { periodId: { in: periodIds } },
      select: { assignmentId: true, periodId: true },
    }),
    db.reminderPause.findMany({
      where: { planId: plan.id, liftedAt: null },
      select: { agencyId: true, periodId: true },
    }),
    db.member.findMany({
      where: { removedAt: null, identities: { some: { unreachableAt: null } } },
      select: { id: true, role: true, agencyId: true },
    }),
    db.holiday.findMany({ where: { planId: plan.id }, select: { date: true } }),
    periodIds.length === 0
      ? []
      : db.$queryRaw<ExistingSelect[]>`
          SELECT "id", "assignmentId", "periodId", "step", "recipientMemberId", "status" FROM "Outbox"
          WHERE "kind" = 'reminder' AND "periodId" IN (${Prisma.join(periodIds)})`,
    loadAbsences(deps, now, policy.catchUpDays),
  ]);
  const periodsOfCalendar = new Map<string, string[]>();
  for (const p of periods)
    periodsOfCalendar.set(p.calendarId, [...(periodsOfCalendar.get(p.calendarId) ?? []), p.id]);
  const reported = new Set(reports.map((r) => `${r.assignmentId}|${r.periodId}`));
  const paused = (agencyId: string, periodId: string) =>
    pauses.some(
      (x) =>
        (x.agencyId === null || x.agencyId === agencyId) && (x.periodId === null || x.periodId === periodId),
    );
  const obligations: Obligation[] = [];
  for (const l of links) {
    for (const periodId of periodsOfCalendar.get(l.calendarId) ?? []) {
      const agencyId = l.agencyId;
      if (reported.has(`${l.assignmentId}|${periodId}`) || paused(agencyId, periodId)) continue;
      obligations.push({
        assignmentId: l.assignmentId,
        agencyId,
        periodId,
        dueDate: dueDateOf.get(periodId) ?? "",
      });
    }
  }
  const byAgency = (role: string) => {
    const m = new Map<string, string[]>();
    for (const x of members)
      if (x.role === role && x.agencyId) m.set(x.agencyId, [...(m.get(x.agencyId) ?? []), x.id]);
    return m;
  };
  const calendar: WorkingCalendar = {
    timezone: plan.timezone,
    workingDays: plan.workingDays.split(",").map(Number),
    holidays: new Set(holidays.map((h) => h.date)),
  };
  return {
    planId: plan.id,
    policy,
    input: {
      now,
      policy,
      calendar,
      obligations,
      recipients: {
        focalPoints: byAgency("focal-point"),
        leaders: byAgency("leader"),
        office: members.filter((m) => m.role === "standing-office").map((m) => m.id),
      },
      absences,
      existing: existing.flatMap((e): ExistingRow[] => {
        const row = reminderFields(e);
        return row ? [row] : [];
      }),
    },
  };
}
