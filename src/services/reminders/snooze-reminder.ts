import { DateTime } from "luxon";
import { isWorkingDay, type WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import { parseReminderPolicy } from "../../domain/reminders/reminder-policy.ts";
import { nextOpening } from "../../domain/reminders/working-time.ts";
import type { Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import { reminderFields } from "../outbox/reminder-fields.ts";
import type { ServiceDeps } from "../service-deps.ts";

const MAX_SNOOZES = 5;

export type SnoozeResult = { kind: "snoozed"; until: Date } | { kind: "reported" } | { kind: "too-many" };

/**
 * "Remind me later": the same reminder again at the next morning's opening (the next working
 * day). Only the person it was sent to can snooze it; a second tap adds nothing new.
 */
export async function snoozeReminder(
  deps: ServiceDeps,
  options: { actor: Actor; outboxId: string },
): Promise<SnoozeResult> {
  const { db, clock } = deps;
  const found = await db.outbox.findUnique({
    where: { id: options.outboxId },
    include: { assignment: { include: { plan: { include: { holidays: { select: { date: true } } } } } } },
  });
  const row = found?.kind === "reminder" ? reminderFields(found) : null;
  if (row === null || !row.assignment || row.recipientMemberId !== options.actor.memberId)
    throw new AppError("forbidden");
  const plan = row.assignment.plan;
  const policy = parseReminderPolicy(plan.reminderPolicy);
  const cal: WorkingCalendar = {
    timezone: plan.timezone,
    workingDays: plan.workingDays.split(",").map(Number),
    holidays: new Set(plan.holidays.map((h) => h.date)),
  };
  const now = clock.now();
  let next = DateTime.fromJSDate(now, { zone: cal.timezone }).plus({ days: 1 }).startOf("day");
  while (!isWorkingDay(cal, next.toISODate() ?? "")) next = next.plus({ days: 1 });
  const until = nextOpening(next.toJSDate(), cal, policy.workingHours);
  // A batched message carries several reminders: its "later" snoozes each item still owed.
  const siblings =
    found?.messageId == null
      ? [row]
      : (
          await db.outbox.findMany({
            where: {
              kind: "reminder",
              recipientMemberId: row.recipientMemberId,
              channel: found.channel,
              messageId: found.messageId,
            },
            select: { assignmentId: true, periodId: true, step: true, recipientMemberId: true },
          })
        ).flatMap((r) => reminderFields(r) ?? []);
  let snoozed = 0;
  for (const item of siblings) {
    const owed = await db.progressReport.findUnique({
      where: { assignmentId_periodId: { assignmentId: item.assignmentId, periodId: item.periodId } },
      select: { id: true },
    });
    if (owed !== null) continue;
    const r = await snoozeOne(deps, { ...item, planId: plan.id, until });
    if (r === "too-many" && siblings.length === 1) return { kind: "too-many" };
    snoozed++;
  }
  return snoozed === 0 ? { kind: "reported" } : { kind: "snoozed", until };
}

/** One snooze per tap of one message: the key derives from how many snoozes came before. */
async function snoozeOne(
  { db, clock }: ServiceDeps,
  row: { assignmentId: string; periodId: string; recipientMemberId: string; planId: string; until: Date },
): Promise<"snoozed" | "too-many"> {
  const existing = await db.outbox.findMany({
    where: {
      kind: "reminder",
      assignmentId: row.assignmentId,
      periodId: row.periodId,
      recipientMemberId: row.recipientMemberId,
      step: { startsWith: "snooze-" },
    },
    select: { step: true, nextAttemptAt: true, status: true },
  });
  const already = existing.find(
    (e) => e.status === "pending" && e.nextAttemptAt.getTime() === row.until.getTime(),
  );
  if (already) return "snoozed";
  if (existing.length >= MAX_SNOOZES) return "too-many";
  const snooze = {
    assignmentId: row.assignmentId,
    periodId: row.periodId,
    step: `snooze-${existing.length + 1}`,
    recipientMemberId: row.recipientMemberId,
  };
  // Two taps at once: the same key, one snooze.
  await enqueueOutbox(
    db,
    [{ kind: "reminder", key: outboxKey.reminder(snooze), planId: row.planId, ...snooze, dueAt: row.until }],
    clock.now(),
  );
  return "snoozed";
}
