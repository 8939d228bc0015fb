import { randomUUID } from "node:crypto";
import { planReminders, type PlannedReminder } from "../domain/reminders/plan-reminders.ts";
import { loadReminderSnapshot } from "./reminder-snapshot.ts";
import type { ServiceDeps } from "./service-deps.ts";

/**
 * Writes the reminders due at `now` to the outbox. The unique key (assignment, period, step,
 * recipient) makes a second write impossible: a second scheduler doing the same adds nothing.
 */
export async function enqueueDueReminders(
  deps: ServiceDeps,
  now: Date,
): Promise<{ added: number; superseded: number }> {
  const { input } = await loadReminderSnapshot(deps, now);
  const plan = planReminders(input);
  const added = await insertIgnoringDuplicates(deps, plan.add, now);
  let superseded = 0;
  if (plan.supersede.length > 0) {
    const r = await deps.db.reminderOutbox.updateMany({
      where: { id: { in: plan.supersede }, status: "pending" },
      data: { status: "superseded" },
    });
    superseded = r.count;
  }
  return { added, superseded };
}

async function insertIgnoringDuplicates(
  deps: ServiceDeps,
  rows: PlannedReminder[],
  now: Date,
): Promise<number> {
  const data = rows.map((r) => ({
    id: randomUUID(),
    ...r,
    channel: "telegram",
    status: "pending",
    nextAttemptAt: r.dueAt,
    createdAt: now,
  }));
  let added = 0;
  for (let i = 0; i < data.length; i += 500) {
    const batch = data.slice(i, i + 500);
    try {
      added += (await deps.db.reminderOutbox.createMany({ data: batch })).count;
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002") throw e;
      // Another scheduler wrote some of these first: add the rest one by one.
      for (const row of batch) {
        try {
          await deps.db.reminderOutbox.create({ data: row });
          added++;
        } catch (err) {
          if ((err as { code?: string }).code !== "P2002") throw err;
        }
      }
    }
  }
  return added;
}
