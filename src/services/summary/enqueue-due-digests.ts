// Digests for subscribed chats: queued in the outbox once per chat and digest key (the unique key
// makes a second write impossible, across restarts and instances); the outbox sender sends them.
import { dueDigests, type DigestSettings } from "../../domain/digests/due-digests.ts";
import type { Plan } from "../../generated/prisma/client.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Digests of every active plan, each to the chats subscribed to that plan. */
export async function enqueueDueDigests(deps: ServiceDeps, settings: DigestSettings): Promise<number> {
  const plans = await deps.db.plan.findMany({ where: { status: "active" } });
  let added = 0;
  for (const plan of plans) added += await enqueuePlanDigests(deps, settings, plan);
  return added;
}

async function enqueuePlanDigests(deps: ServiceDeps, settings: DigestSettings, plan: Plan): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const [periods, holidays, subscriptions] = await Promise.all([
    db.reportingPeriod.findMany({ where: { planId: plan.id }, select: { key: true, dueDate: true } }),
    db.holiday.findMany({ where: { planId: plan.id }, select: { date: true } }),
    db.chatSubscription.findMany({
      where: { planId: plan.id, kind: "digest", removedAt: null },
      select: { id: true },
    }),
  ]);
  if (subscriptions.length === 0) return 0;
  const due = dueDigests({
    now,
    settings,
    calendar: {
      timezone: plan.timezone,
      workingDays: plan.workingDays.split(",").map(Number),
      holidays: new Set(holidays.map((h) => h.date)),
    },
    periods,
  });
  return enqueueOutbox(
    db,
    due.flatMap((d) =>
      subscriptions.map((sub) => ({
        kind: "digest" as const,
        key: outboxKey.digest(sub.id, d.key),
        planId: plan.id,
        subscriptionId: sub.id,
        payload: { key: d.key, periodKey: d.periodKey },
        dueAt: d.at,
      })),
    ),
    now,
  );
}
