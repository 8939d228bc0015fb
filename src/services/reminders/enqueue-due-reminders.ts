import { planReminders } from "../../domain/reminders/plan-reminders.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import { loadReminderSnapshot } from "./reminder-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Writes the reminders due at `now` to the outbox. The unique key (assignment, period, step,
 * recipient) makes a second write impossible: a second scheduler doing the same adds nothing.
 */
export async function enqueueDueReminders(
  deps: ServiceDeps,
  now: Date,
): Promise<{ added: number; superseded: number }> {
  const { input, planId } = await loadReminderSnapshot(deps, now);
  const plan = planReminders(input);
  const added = await enqueueOutbox(
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
  let superseded = 0;
  if (plan.supersede.length > 0) {
    const r = await deps.db.outbox.updateMany({
      where: { id: { in: plan.supersede }, status: "pending" },
      data: { status: "superseded" },
    });
    superseded = r.count;
  }
  return { added, superseded };
}
