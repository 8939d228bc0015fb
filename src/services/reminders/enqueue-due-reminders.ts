import { planReminders } from "../../domain/reminders/plan-reminders.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import { loadReminderSnapshot } from "./reminder-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Writes the reminders due at `now` to the outbox, for every active plan (draft and closed plans
 * never remind). The unique key (assignment, period, step, recipient) makes a second write
 * impossible: a second scheduler doing the same adds nothing.
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
    if (plan.supersede.length > 0) {
      const r = await deps.db.outbox.updateMany({
        where: { id: { in: plan.supersede }, status: "pending" },
        data: { status: "superseded" },
      });
      superseded += r.count;
    }
  }
  return { added, superseded };
}
