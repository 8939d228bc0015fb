import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import { daysLate } from "../domain/reminders/working-time.ts";
import { ChannelError, type ReminderChannel } from "./reminder-channel.ts";
import type { SendThrottle } from "./send-throttle.ts";
import type { ServiceDeps } from "./service-deps.ts";

const MAX_ATTEMPTS = 6;
const BACKOFF_MINUTES = [1, 5, 15, 60, 180];
const STALE_CLAIM_MS = 5 * 60_000;

export interface SendOptions {
  channel: ReminderChannel;
  throttle: SendThrottle;
  /** Identifies this instance in claims. */
  instanceId: string;
  batchSize?: number;
}

export interface SendResult {
  sent: number;
  cancelled: number;
  retried: number;
  failed: number;
  unreachable: number;
}

/**
 * Sends what is due: claims rows atomically (another instance cannot take the same row), checks
 * the report is still missing, sends, records the message id; retries failures with backoff.
 */
export async function sendDueReminders(deps: ServiceDeps, options: SendOptions): Promise<SendResult> {
  const { db, clock } = deps;
  const result: SendResult = { sent: 0, cancelled: 0, retried: 0, failed: 0, unreachable: 0 };
  const now = clock.now();
  await db.reminderOutbox.updateMany({
    where: { status: "claimed", claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    data: { status: "pending", claimedBy: null, claimedAt: null },
  });
  for (;;) {
    const claim = `${options.instanceId}:${randomUUID()}`;
    const candidates = await db.reminderOutbox.findMany({
      where: { status: "pending", nextAttemptAt: { lte: clock.now() } },
      orderBy: { nextAttemptAt: "asc" },
      take: options.batchSize ?? 100,
      select: { id: true },
    });
    if (candidates.length === 0) return result;
    await db.reminderOutbox.updateMany({
      where: { id: { in: candidates.map((c) => c.id) }, status: "pending" },
      data: { status: "claimed", claimedBy: claim, claimedAt: clock.now() },
    });
    const rows = await db.reminderOutbox.findMany({
      where: { claimedBy: claim, status: "claimed" },
      orderBy: { nextAttemptAt: "asc" },
      include: CLAIMED_INCLUDE,
    });
    for (const row of rows) {
      const outcome = await deliver(deps, options, row);
      result[outcome]++;
    }
  }
}

const CLAIMED_INCLUDE = {
  assignment: { include: { agency: true, workItem: true, plan: { select: { timezone: true } } } },
  period: true,
  recipient: { include: { identities: { where: { channel: "telegram" } } } },
} satisfies Prisma.ReminderOutboxInclude;

type ClaimedRow = Prisma.ReminderOutboxGetPayload<{ include: typeof CLAIMED_INCLUDE }>;

async function deliver(deps: ServiceDeps, options: SendOptions, row: ClaimedRow): Promise<keyof SendResult> {
  const { db, clock } = deps;
  const set = (data: Parameters<typeof db.reminderOutbox.update>[0]["data"]) =>
    db.reminderOutbox.update({ where: { id: row.id }, data });
  const identity = row.recipient.identities.find((i) => i.chatId !== null && i.unreachableAt === null);
  const [report, pause] = await Promise.all([
    db.progressReport.findUnique({
      where: { assignmentId_periodId: { assignmentId: row.assignmentId, periodId: row.periodId } },
      select: { id: true },
    }),
    db.reminderPause.findFirst({
      where: {
        liftedAt: null,
        OR: [{ agencyId: null }, { agencyId: row.assignment.agencyId }],
        AND: [{ OR: [{ periodId: null }, { periodId: row.periodId }] }],
      },
      select: { id: true },
    }),
  ]);
  if (report !== null || pause !== null || row.recipient.removedAt !== null || identity?.chatId == null) {
    await set({ status: "cancelled", claimedBy: null });
    return "cancelled";
  }
  const chatId = identity.chatId;
  const now = clock.now();
  await options.throttle.wait(chatId);
  try {
    const { messageId } = await options.channel.sendReminder({
      outboxId: row.id,
      step: row.step,
      chatId,
      locale: row.recipient.locale === "en" ? "en" : "vi",
      audience: row.recipient.role === "focal-point" ? "focal-point" : "escalation",
      agency: { code: row.assignment.agency.code, name: row.assignment.agency.name },
      item: { code: row.assignment.workItem.code, title: row.assignment.workItem.title },
      period: { key: row.period.key, label: row.period.label, dueDate: row.period.dueDate },
      daysLate: daysLate(row.period.dueDate, now, row.assignment.plan.timezone),
    });
    await set({
      status: "sent",
      sentAt: clock.now(),
      messageId,
      attempts: { increment: 1 },
      lastError: null,
    });
    return "sent";
  } catch (e) {
    if (e instanceof ChannelError && e.kind === "blocked") {
      await db.chatIdentity.update({ where: { id: identity.id }, data: { unreachableAt: now } });
      await set({ status: "unreachable", attempts: { increment: 1 }, lastError: e.message.slice(0, 500) });
      await tellOffice(deps, options, row);
      return "unreachable";
    }
    const attempts = row.attempts + 1;
    const message = e instanceof Error ? e.message : String(e);
    if (attempts >= MAX_ATTEMPTS) {
      await set({ status: "failed", attempts, lastError: message.slice(0, 500) });
      return "failed";
    }
    const retryAfterMs =
      e instanceof ChannelError && e.retryAfterSeconds !== undefined
        ? e.retryAfterSeconds * 1000
        : (BACKOFF_MINUTES[attempts - 1] ?? 180) * 60_000;
    await set({
      status: "pending",
      attempts,
      claimedBy: null,
      nextAttemptAt: new Date(now.getTime() + retryAfterMs),
      lastError: message.slice(0, 500),
    });
    return "retried";
  }
}

/** The standing office hears that someone blocked the bot (best effort, never retried). */
async function tellOffice(deps: ServiceDeps, options: SendOptions, row: ClaimedRow): Promise<void> {
  const office = await deps.db.chatIdentity.findMany({
    where: {
      channel: "telegram",
      unreachableAt: null,
      chatId: { not: null },
      member: { removedAt: null, role: { in: ["standing-office", "admin"] } },
    },
    include: { member: { select: { locale: true } } },
  });
  for (const o of office) {
    await options.channel
      .notifyUnreachable({
        chatId: o.chatId ?? "",
        locale: o.member.locale === "en" ? "en" : "vi",
        memberName: row.recipient.fullName,
        agencyName: row.assignment.agency.name,
      })
      .catch(() => undefined);
  }
}
