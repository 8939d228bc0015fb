// One claimed row: decide, route to a running channel, throttle, re-check ownership, send, record.
import type { Logger } from "pino";
import { retryDecision } from "../../domain/outbox/retry-policy.ts";
import { ChannelError } from "../reminders/reminder-channel.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { enqueueOutbox, outboxKey } from "./enqueue-outbox.ts";
import type { OutboxRow } from "./load-outbox-rows.ts";
import type { RunningChannels } from "./notification-channel.ts";
import type { OutboxLease } from "./outbox-lease.ts";
import { prepareOutboxRow, type BatchMemo, type Prepared } from "./prepare-outbox-row.ts";

export interface OutboxSendResult {
  sent: number;
  cancelled: number;
  skipped: number;
  retried: number;
  failed: number;
  unreachable: number;
  /** Rows whose lease lapsed before we could send (another sender has them): not sent by us. */
  lost: number;
}

export interface DeliveryContext {
  channels: RunningChannels;
  logger: Logger;
  lease: OutboxLease;
  memo: BatchMemo;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);

export async function deliverOutboxRow(
  deps: ServiceDeps,
  ctx: DeliveryContext,
  row: OutboxRow,
): Promise<keyof OutboxSendResult> {
  const log = ctx.logger.child({ outboxId: row.id, kind: row.kind });
  let prepared: Prepared;
  try {
    prepared = await prepareOutboxRow(deps, row, ctx.memo);
  } catch (e) {
    log.error({ err: e }, "could not prepare a notification");
    return retryLater(deps, ctx, row, e);
  }
  if (prepared.kind === "drop" || prepared.targets.length === 0) {
    const status = prepared.kind === "drop" ? prepared.status : "cancelled";
    const reason = prepared.kind === "drop" ? prepared.reason : "no reachable chat";
    return (await ctx.lease.finish(row.id, { status, lastError: reason })) ? status : "lost";
  }
  const target = prepared.targets.find((t) => ctx.channels[t.channel] !== undefined);
  const running = target && ctx.channels[target.channel];
  if (!target || !running) {
    const on = prepared.targets.map((t) => t.channel).join(", ");
    return retryLater(deps, ctx, row, new Error(`no running channel for ${on}`));
  }
  await running.throttle.wait(target.chatId);
  if (!(await ctx.lease.hold(row.id))) {
    log.warn("lease lapsed before sending: left to the sender that holds it now");
    return "lost";
  }
  try {
    const { messageId } = await prepared.send(running.adapter, target.chatId);
    const recorded = await ctx.lease.finish(row.id, {
      status: "sent",
      sentAt: deps.clock.now(),
      messageId,
      channel: target.channel,
      attempts: { increment: 1 },
      lastError: null,
    });
    if (!recorded) log.warn("sent, but the lease lapsed during the send: it may be sent once more");
    return "sent";
  } catch (e) {
    if (e instanceof ChannelError && e.retryAfterSeconds !== undefined)
      running.throttle.holdOff(e.retryAfterSeconds);
    if (e instanceof ChannelError && e.kind === "blocked")
      return blocked(deps, ctx, row, prepared, target, e);
    log.warn({ err: e, attempts: row.attempts + 1 }, "send failed");
    return retryLater(deps, ctx, row, e);
  }
}

async function retryLater(
  deps: ServiceDeps,
  ctx: DeliveryContext,
  row: OutboxRow,
  e: unknown,
): Promise<keyof OutboxSendResult> {
  const attempts = row.attempts + 1;
  const decision = retryDecision({
    attempts,
    now: deps.clock.now(),
    retryAfterSeconds: e instanceof ChannelError ? e.retryAfterSeconds : undefined,
  });
  const lastError = errorText(e);
  if (decision.kind === "fail") {
    ctx.logger.error(
      { outboxId: row.id, kind: row.kind, attempts, lastError },
      "notification failed for good",
    );
    return (await ctx.lease.finish(row.id, { status: "failed", attempts, lastError })) ? "failed" : "lost";
  }
  const ok = await ctx.lease.finish(row.id, {
    status: "pending",
    attempts,
    nextAttemptAt: decision.at,
    lastError,
  });
  return ok ? "retried" : "lost";
}

/** The person blocked the bot there: that chat is unreachable; the office hears if no chat is left. */
async function blocked(
  deps: ServiceDeps,
  ctx: DeliveryContext,
  row: OutboxRow,
  prepared: Extract<Prepared, { kind: "send" }>,
  target: { identityId?: string },
  e: ChannelError,
): Promise<keyof OutboxSendResult> {
  const now = deps.clock.now();
  if (target.identityId !== undefined)
    await deps.db.chatIdentity.update({ where: { id: target.identityId }, data: { unreachableAt: now } });
  if (prepared.targets.length > 1) {
    // Another of their chats may still work: try again right away.
    const ok = await ctx.lease.finish(row.id, {
      status: "pending",
      nextAttemptAt: now,
      lastError: errorText(e),
    });
    return ok ? "retried" : "lost";
  }
  const ok = await ctx.lease.finish(row.id, {
    status: "unreachable",
    attempts: { increment: 1 },
    lastError: errorText(e),
  });
  // The office hears of a person it can no longer remind, not of a notice that missed its reader.
  const tell = row.kind !== "unreachable" && row.kind !== "link-notice";
  if (ok && row.recipient && tell) await tellOffice(deps, row, row.recipient);
  return ok ? "unreachable" : "lost";
}

async function tellOffice(deps: ServiceDeps, row: OutboxRow, person: NonNullable<OutboxRow["recipient"]>) {
  const office = await deps.db.member.findMany({
    where: {
      removedAt: null,
      role: { in: ["standing-office", "admin"] },
      identities: { some: { unreachableAt: null, chatId: { not: null } } },
    },
    select: { id: true },
  });
  const now = deps.clock.now();
  await enqueueOutbox(
    deps.db,
    office.map((o) => ({
      kind: "unreachable" as const,
      key: outboxKey.unreachable(row.id, o.id),
      planId: row.planId,
      recipientMemberId: o.id,
      payload: { memberName: person.fullName, agencyName: person.agency?.name ?? null },
      dueAt: now,
    })),
    now,
  );
}
