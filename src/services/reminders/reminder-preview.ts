import {
  planReminders,
  upcomingReminders,
  type PlannedReminder,
} from "../../domain/reminders/plan-reminders.ts";
import { allowed, type Caller } from "../../domain/access/roles.ts";
import { nextOpening } from "../../domain/reminders/working-time.ts";
import { AppError } from "../app-error.ts";
import { reminderFields } from "../outbox/reminder-fields.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import { loadReminderSnapshot } from "./reminder-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface PreviewRow {
  agency: string;
  item: string;
  period: string;
  step: string;
  recipient: string;
  dueAt: string;
}

async function describe(deps: ServiceDeps, rows: PlannedReminder[]): Promise<PreviewRow[]> {
  if (rows.length === 0) return [];
  const [assignments, periods, members] = await Promise.all([
    deps.db.assignment.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.assignmentId))] } },
      select: { id: true, agency: { select: { code: true } }, workItem: { select: { code: true } } },
    }),
    deps.db.reportingPeriod.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.periodId))] } },
      select: { id: true, key: true },
    }),
    deps.db.member.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.recipientMemberId))] } },
      select: { id: true, fullName: true },
    }),
  ]);
  const a = new Map(assignments.map((x) => [x.id, x]));
  const p = new Map(periods.map((x) => [x.id, x.key]));
  const m = new Map(members.map((x) => [x.id, x.fullName]));
  return rows.map((r) => ({
    agency: a.get(r.assignmentId)?.agency.code ?? "",
    item: a.get(r.assignmentId)?.workItem.code ?? "",
    period: p.get(r.periodId) ?? "",
    step: r.step,
    recipient: m.get(r.recipientMemberId) ?? "",
    dueAt: r.dueAt.toISOString(),
  }));
}

/**
 * What a tick at `at` would send: the reminders the planner adds (the very function the tick
 * runs) and those already queued and due by then, none of them outside working time (then
 * `opening` says when the next one may go out).
 */
export async function previewReminders(
  deps: ServiceDeps,
  at: Date,
  /** One plan (default: the only active one). */
  planCode?: string,
): Promise<{ rows: PreviewRow[]; opening: Date | null }> {
  const forPlan = await resolvePlan(deps, planCode);
  const { input } = await loadReminderSnapshot(deps, at, at, forPlan);
  const opening = nextOpening(at, input.calendar, input.policy.workingHours);
  if (opening.getTime() > at.getTime()) return { rows: [], opening };
  const plan = planReminders(input);
  const superseded = new Set(plan.supersede);
  const queued = await deps.db.outbox.findMany({
    where: { kind: "reminder", status: "pending", planId: forPlan.id, nextAttemptAt: { lte: at } },
    orderBy: { nextAttemptAt: "asc" },
    select: {
      id: true,
      assignmentId: true,
      periodId: true,
      step: true,
      recipientMemberId: true,
      nextAttemptAt: true,
    },
  });
  const due = queued.flatMap((r) => {
    const fields = superseded.has(r.id) ? null : reminderFields(r);
    return fields ? [{ ...fields, dueAt: r.nextAttemptAt }] : [];
  });
  // A tick at `at` sends them at `at` (a step that fell earlier is the catch-up).
  const rows = [...due, ...plan.add].map((r) => ({ ...r, dueAt: at }));
  return { rows: await describe(deps, rows), opening: null };
}

/**
 * What will be sent next: reminders waiting in the outbox, then the steps coming up in the next
 * `days` days. For those who manage reminders.
 */
export async function upcomingSchedule(deps: ServiceDeps, o: { actor: Caller; days: number }) {
  if (!allowed(o.actor, "reminders.manage")) throw new AppError("forbidden");
  const now = deps.clock.now();
  const until = new Date(now.getTime() + o.days * 86_400_000);
  const active = await deps.db.plan.findMany({ where: { status: "active" }, orderBy: { code: "asc" } });
  const inputs = await Promise.all(active.map((p) => loadReminderSnapshot(deps, now, until, p)));
  const [pending, failed] = await Promise.all([
    deps.db.outbox.findMany({
      where: { kind: "reminder", status: "pending" },
      orderBy: { nextAttemptAt: "asc" },
      take: 50,
      select: {
        assignmentId: true,
        periodId: true,
        step: true,
        recipientMemberId: true,
        nextAttemptAt: true,
      },
    }),
    deps.db.outbox.count({ where: { status: "failed" } }),
  ]);
  const queued = await describe(
    deps,
    pending.flatMap((r) => {
      const fields = reminderFields(r);
      return fields ? [{ ...fields, dueAt: r.nextAttemptAt }] : [];
    }),
  );
  const upcoming = inputs
    .flatMap(({ input }) => upcomingReminders(input, until))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const planned = await describe(deps, upcoming.slice(0, 50));
  /** Notifications of any kind that failed for good (listed by `outbox list --status failed`). */
  return { queued, planned, failed };
}
