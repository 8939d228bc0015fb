// Digests for subscribed chats: queued once per chat and key (the unique key makes a second write
// impossible, across restarts and instances), then claimed and sent like reminders.
import { randomUUID } from "node:crypto";
import { dueDigests, type DigestSettings } from "../domain/digests/due-digests.ts";
import { computeSummary, type Summary } from "../domain/summary/compute-summary.ts";
import { currentPlan } from "./current-plan.ts";
import { loadSummarySnapshot } from "./load-summary-snapshot.ts";
import type { ServiceDeps } from "./service-deps.ts";

export interface DigestChannel {
  sendDigest(o: { chatId: string; summary: Summary }): Promise<{ messageId: string }>;
}

export async function enqueueDueDigests(deps: ServiceDeps, settings: DigestSettings): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const plan = await currentPlan(deps);
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
  let added = 0;
  for (const d of due) {
    for (const sub of subscriptions) {
      try {
        await db.digest.create({
          data: {
            id: randomUUID(),
            planId: plan.id,
            subscriptionId: sub.id,
            key: d.key,
            status: "pending",
            createdAt: now,
          },
        });
        added++;
      } catch (e) {
        if ((e as { code?: string }).code !== "P2002") throw e; // already queued (or sent) for this chat
      }
    }
  }
  return added;
}

export async function sendDueDigests(
  deps: ServiceDeps,
  o: { channel: DigestChannel; instanceId: string },
): Promise<number> {
  const { db, clock } = deps;
  const claim = `${o.instanceId}:${randomUUID()}`;
  const pending = await db.digest.findMany({
    where: { status: "pending", attempts: { lt: 5 } },
    take: 20,
    select: { id: true },
  });
  if (pending.length === 0) return 0;
  await db.digest.updateMany({
    where: { id: { in: pending.map((p) => p.id) }, status: "pending" },
    data: { status: "claimed", claimedBy: claim, claimedAt: clock.now() },
  });
  const rows = await db.digest.findMany({
    where: { claimedBy: claim, status: "claimed" },
    include: { subscription: true },
  });
  let sent = 0;
  for (const row of rows) {
    const periodKey = row.key.startsWith("after-deadline:")
      ? row.key.slice("after-deadline:".length)
      : undefined;
    try {
      const summary = computeSummary(await loadSummarySnapshot(deps, periodKey));
      const { messageId } = await o.channel.sendDigest({ chatId: row.subscription.chatId, summary });
      await db.digest.update({
        where: { id: row.id },
        data: { status: "sent", sentAt: clock.now(), messageId, attempts: { increment: 1 } },
      });
      sent++;
    } catch (e) {
      await db.digest.update({
        where: { id: row.id },
        data: {
          status: "pending",
          claimedBy: null,
          attempts: { increment: 1 },
          lastError: (e instanceof Error ? e.message : String(e)).slice(0, 500),
        },
      });
    }
  }
  return sent;
}
