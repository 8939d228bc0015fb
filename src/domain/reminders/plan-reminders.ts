// The pure reminder planner: given what is owed and what was already queued, which reminder rows
// a tick at `now` must add. At most the latest due step per assignment, period and recipient
// (a catch-up after downtime is one reminder, not a burst), never past the catch-up horizon, and
// only inside working time: a tick at night or on a day off adds nothing (the catch-up waits for
// the next opening). A member away gets nothing; others of the agency get it instead.
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { awayOn, type AbsenceSpan } from "./absences.ts";
import { stepsOf, type TReminderPolicy } from "./reminder-policy.ts";
import { isWorkingTime, localDateOf, stepInstant } from "./working-time.ts";

/** A report owed: a reporting assignment for one period, not reported and not paused. */
export interface Obligation {
  assignmentId: string;
  agencyId: string;
  periodId: string;
  dueDate: string;
}

export interface Recipients {
  focalPoints: ReadonlyMap<string, string[]>;
  leaders: ReadonlyMap<string, string[]>;
  office: string[];
}

export interface ExistingRow {
  id: string;
  assignmentId: string;
  periodId: string;
  step: string;
  recipientMemberId: string;
  status: string;
}

export interface PlannerInput {
  now: Date;
  policy: TReminderPolicy;
  calendar: WorkingCalendar;
  obligations: Obligation[];
  recipients: Recipients;
  existing: ExistingRow[];
  /** Members away (not cancelled); none when absent. */
  absences?: readonly AbsenceSpan[];
}

export interface PlannedReminder {
  assignmentId: string;
  periodId: string;
  step: string;
  recipientMemberId: string;
  dueAt: Date;
  /** Sent in place of a member who is away (until their absence's last day). */
  insteadOf?: { memberId: string; until: string };
}

export interface Plan {
  add: PlannedReminder[];
  /** Pending rows of earlier steps that the new ones replace. */
  supersede: string[];
}

const key = (a: string, p: string, s: string, r: string) => `${a}|${p}|${s}|${r}`;

/** Who gets a step: the focal points; from the escalation steps on, the leader, then the office. */
function recipientsOf(
  o: Obligation,
  stepIndex: number,
  escalation: { leader: number; office: number },
  r: Recipients,
) {
  const out = [...(r.focalPoints.get(o.agencyId) ?? [])];
  if (escalation.leader >= 0 && stepIndex >= escalation.leader)
    out.push(...(r.leaders.get(o.agencyId) ?? []));
  if (escalation.office >= 0 && stepIndex >= escalation.office) out.push(...r.office);
  return [...new Set(out)];
}

type Recipient = { memberId: string; insteadOf?: { memberId: string; until: string } };

/**
 * Who actually gets a step at `today`: a member away is replaced by the agency's other focal
 * points not away, or else its leaders; one who was away when the step fell is left out (their
 * return summary covers it). One entry per person; a substitute hears whom they stand in for.
 */
function presentRecipients(
  o: Obligation,
  planned: string[],
  r: Recipients,
  absences: readonly AbsenceSpan[],
  today: string,
  stepDate: string,
): Recipient[] {
  if (absences.length === 0) return planned.map((memberId) => ({ memberId }));
  const out = new Map<string, Recipient>();
  const present = (ids: readonly string[]) => ids.filter((id) => awayOn(absences, id, today) === undefined);
  for (const memberId of planned) {
    const away = awayOn(absences, memberId, today);
    if (away === undefined) {
      if (awayOn(absences, memberId, stepDate) === undefined && !out.has(memberId))
        out.set(memberId, { memberId });
      continue;
    }
    const others = present((r.focalPoints.get(o.agencyId) ?? []).filter((id) => id !== memberId));
    const stand = others.length > 0 ? others : present(r.leaders.get(o.agencyId) ?? []);
    for (const s of stand)
      if (out.get(s)?.insteadOf === undefined)
        out.set(s, { memberId: s, insteadOf: { memberId, until: away.toDate } });
  }
  return [...out.values()];
}

export function stepSchedule(dueDate: string, input: Pick<PlannerInput, "policy" | "calendar">) {
  return stepsOf(input.policy).map((s, index) => ({
    ...s,
    index,
    at: stepInstant(dueDate, s.offsetDays, input.calendar, input.policy.workingHours),
  }));
}

/** The end of the catch-up window: past it, a period is never reminded about again. */
export function horizonOf(dueDate: string, input: Pick<PlannerInput, "policy" | "calendar">): Date {
  return stepInstant(dueDate, input.policy.catchUpDays + 1, input.calendar, { start: "00:00", end: "23:59" });
}

/**
 * Step times, their local dates and horizons depend only on the deadline's date: computed once per
 * date (a province has 10,000 obligations and a handful of deadlines; time-zone arithmetic per
 * obligation was most of a tick's planning).
 */
function memoSchedules(input: Pick<PlannerInput, "policy" | "calendar">) {
  type Step = ReturnType<typeof stepSchedule>[number] & { time: number; date: string };
  const cache = new Map<string, { schedule: Step[]; horizon: number }>();
  return (dueDate: string) => {
    let hit = cache.get(dueDate);
    if (hit === undefined) {
      const schedule = stepSchedule(dueDate, input).map((s) => ({
        ...s,
        time: s.at.getTime(),
        date: localDateOf(s.at, input.calendar),
      }));
      hit = { schedule, horizon: horizonOf(dueDate, input).getTime() };
      cache.set(dueDate, hit);
    }
    return hit;
  };
}

export function planReminders(input: PlannerInput): Plan {
  if (!isWorkingTime(input.now, input.calendar, input.policy.workingHours)) return { add: [], supersede: [] };
  const today = localDateOf(input.now, input.calendar);
  const absences = input.absences ?? [];
  const scheduleOf = memoSchedules(input);
  const steps = stepsOf(input.policy);
  const escalation = {
    leader: steps.findIndex((s) => s.name === input.policy.escalate.leader),
    office: steps.findIndex((s) => s.name === input.policy.escalate.office),
  };
  const existing = new Set(
    input.existing.map((e) => key(e.assignmentId, e.periodId, e.step, e.recipientMemberId)),
  );
  const pendingByTarget = new Map<string, ExistingRow[]>();
  for (const e of input.existing) {
    if (e.status !== "pending" || e.step.startsWith("snooze-")) continue;
    const k = `${e.assignmentId}|${e.periodId}|${e.recipientMemberId}`;
    pendingByTarget.set(k, [...(pendingByTarget.get(k) ?? []), e]);
  }
  const now = input.now.getTime();
  const add: PlannedReminder[] = [];
  const supersede: string[] = [];
  for (const o of input.obligations) {
    const { schedule, horizon } = scheduleOf(o.dueDate);
    if (now >= horizon) continue;
    let latest: (typeof schedule)[number] | undefined;
    for (const s of schedule) if (s.time <= now) latest = s;
    if (latest === undefined) continue;
    const laterNames = schedule.filter((s) => s.index > latest.index).map((s) => s.name);
    const planned = recipientsOf(o, latest.index, escalation, input.recipients);
    const stepDate = latest.date;
    for (const { memberId: r, insteadOf } of presentRecipients(
      o,
      planned,
      input.recipients,
      absences,
      today,
      stepDate,
    )) {
      if (existing.has(key(o.assignmentId, o.periodId, latest.name, r))) continue;
      if (laterNames.some((n) => existing.has(key(o.assignmentId, o.periodId, n, r)))) continue;
      add.push({
        assignmentId: o.assignmentId,
        periodId: o.periodId,
        step: latest.name,
        recipientMemberId: r,
        dueAt: latest.at,
        ...(insteadOf ? { insteadOf } : {}),
      });
      for (const old of pendingByTarget.get(`${o.assignmentId}|${o.periodId}|${r}`) ?? [])
        supersede.push(old.id);
    }
  }
  return { add, supersede };
}

/** What comes next after `now` (up to `until`): the next step per obligation and recipient. */
export function upcomingReminders(input: PlannerInput, until: Date): PlannedReminder[] {
  const steps = stepsOf(input.policy);
  const escalation = {
    leader: steps.findIndex((s) => s.name === input.policy.escalate.leader),
    office: steps.findIndex((s) => s.name === input.policy.escalate.office),
  };
  const scheduleOf = memoSchedules(input);
  const out: PlannedReminder[] = [];
  for (const o of input.obligations) {
    const { schedule, horizon } = scheduleOf(o.dueDate);
    const next = schedule.find(
      (s) =>
        s.at.getTime() > input.now.getTime() && s.at.getTime() <= until.getTime() && s.at.getTime() < horizon,
    );
    if (next === undefined) continue;
    const planned = recipientsOf(o, next.index, escalation, input.recipients);
    const day = localDateOf(next.at, input.calendar);
    const absences = input.absences ?? [];
    for (const { memberId, insteadOf } of presentRecipients(
      o,
      planned,
      input.recipients,
      absences,
      day,
      day,
    )) {
      out.push({
        assignmentId: o.assignmentId,
        periodId: o.periodId,
        step: next.name,
        recipientMemberId: memberId,
        dueAt: next.at,
        ...(insteadOf ? { insteadOf } : {}),
      });
    }
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
