import { planReminders } from "../../domain/reminders/plan-reminders.ts";
import { outboxInserts, outboxKey } from "../outbox/enqueue-outbox.ts";
import { loadReminderSnapshot } from "./reminder-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Writes the reminders due at `now` to the outbox, for every active plan (draft and closed plans
 * never remind). The unique key (assignment, period, step, recipient) makes a second write
 * impossible: a second scheduler doing the same at the same second adds nothing (the database
 * skips the keys it has; see enqueue-outbox.ts) and supersedes nothing more.
 *
 * A plan's new rows and the pending rows they replace change in one transaction, so a sender
 * never sees a step's reminder next to the earlier step it replaces.
 */
export async function enqueueDueReminders(
  deps: ServiceDeps,
  now: Date,
): Promise<{ added: number; superseded: number }> {
  const plans = await deps.db.plan.findMany({ where: { status: "active" }, orderBy: { code: "asc" } });
  let added = 0;
  let superseded = 0;
  for (const forPlan of plans) {
    const { input, planId } = await loadReminderSnapshot(deps, now, now, forPlan);
    const plan = planReminders(input);
    if (plan.add.length === 0 && plan.supersede.length === 0) continue;
    const inserts = outboxInserts(
      deps.db,
      plan.add.map(({ insteadOf, ...r }) => ({
        kind: "reminder" as const,
        key: outboxKey.reminder(r),
        planId,
        ...r,
        ...(insteadOf ? { payload: { insteadOf } } : {}),
      })),
      now,
    );
    const counts = await deps.db.$transaction([
      ...inserts,
      deps.db.outbox.updateMany({
        where: { id: { in: plan.supersede }, status: "pending" },
        data: { status: "superseded" },
      }),
    ]);
    const last = counts.pop();
    superseded += typeof last === "object" ? last.count : 0;
    added += (counts as number[]).reduce((a, b) => a + b, 0);
  }
  return { added, superseded };
}
