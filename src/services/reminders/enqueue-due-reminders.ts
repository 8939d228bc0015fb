import { planReminders } from "../../domain/reminders/plan-reminders.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import { loadReminderSnapshot } from "./reminder-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Writes the reminders due at `now` to the outbox, for every active plan (draft and closed plans
 * never remind). The unique key (assignment, period, step, recipient) makes a second write
 * impossible: a second scheduler doing the same at the same second adds nothing (the database
 * skips the keys it has; see enqueue-outbox.ts) and supersedes nothing more.
 *
 * The pending rows of earlier steps are superseded before the new step is written, so a sender
 * never finds both pending; a crash in between only delays the new step to the next tick, which
 * plans it again (nothing superseded is planned again: only the latest step is). No transaction
 * spans the writes: on SQLite it would hold the file's one write lock across awaits.
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
    if (plan.supersede.length > 0) {
      const r = await deps.db.outbox.updateMany({
        where: { id: { in: plan.supersede }, status: "pending" },
        data: { status: "superseded" },
      });
      superseded += r.count;
    }
    added += await enqueueOutbox(
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
  }
  return { added, superseded };
}
