// Claimed rows, one at a time or a person's due reminders together: decide (working time first),
// route to a running channel, throttle, re-check ownership, send once, record every row.
import type { Logger } from "pino";
import { retryDecision } from "../../domain/outbox/retry-policy.ts";
import { ChannelError } from "../reminders/reminder-channel.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { enqueueOutbox, outboxKey } from "./enqueue-outbox.ts";
import type { OutboxRow } from "./load-outbox-rows.ts";
import type { RunningChannels } from "./notification-channel.ts";
import type { OutboxLease } from "./outbox-lease.ts";
import { rowPartsProgress } from "./parts-progress.ts";
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
  /** Rows due outside working time, put back until the next opening. */
  deferred: number;
}

export interface DeliveryContext {
  channels: RunningChannels;
  logger: Logger;
  lease: OutboxLease;
  memo: BatchMemo;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);

type Outcome = keyof OutboxSendResult;
type Live = { row: OutboxRow; prepared: Extract<Prepared, { kind: "send" }> };

/**
 * One row, or the due reminders of one recipient: each row is checked on its own (working time,
 * still owed, a chat to reach), then those left go out as one message; every row sent is marked
 * sent with that message's id.
 */
export async function deliverOutboxRows(
  deps: ServiceDeps,
  ctx: DeliveryContext,
  rows: OutboxRow[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const live: Live[] = [];
  for (const row of rows) {
    const opening = await ctx.memo.deferUntil(deps, row);
    if (opening !== null) {
      // Outside working time: back to the queue until the next opening (no attempt counted).
      const ok = await ctx.lease.finish(row.id, { status: "pending", nextAttemptAt: opening });
      outcomes.push(ok ? "deferred" : "lost");
      continue;
    }
    let prepared: Prepared;
    try {
      prepared = await prepareOutboxRow(deps, row, ctx.memo);
    } catch (e) {
      ctx.logger.error({ err: e, outboxId: row.id, kind: row.kind }, "could not prepare a notification");
      outcomes.push(await retryLater(deps, ctx, row, e));
      continue;
    }
    if (prepared.kind === "drop" || prepared.targets.length === 0) {
      const status = prepared.kind === "drop" ? prepared.status : "cancelled";
      const reason = prepared.kind === "drop" ? prepared.reason : "no reachable chat";
      outcomes.push((await ctx.lease.finish(row.id, { status, lastError: reason })) ? status : "lost");
      continue;
    }
    live.push({ row, prepared });
  }
  return live.length === 0 ? outcomes : [...outcomes, ...(await sendTogether(deps, ctx, live))];
}

/** The send of one message for every live row (one recipient). */
async function sendTogether(deps: ServiceDeps, ctx: DeliveryContext, all: Live[]): Promise<Outcome[]> {
  const first = all[0];
  if (first === undefined) return [];
  const log = ctx.logger.child({ outboxId: first.row.id, kind: first.row.kind, rows: all.length });
  const targets = first.prepared.targets;
  const target = targets.find((t) => ctx.channels[t.channel] !== undefined);
  const running = target && ctx.channels[target.channel];
  if (!target || !running) {
    const err = new Error(`no running channel for ${targets.map((t) => t.channel).join(", ")}`);
    return Promise.all(all.map((l) => retryLater(deps, ctx, l.row, err)));
  }
  await running.throttle.wait(target.chatId);
  const outcomes: Outcome[] = [];
  const live: Live[] = [];
  for (const l of all) {
    if (await ctx.lease.hold(l.row.id)) live.push(l);
    else outcomes.push("lost");
  }
  if (live.length < all.length) log.warn("lease lapsed before sending: left to the sender that holds it now");
  const items = live.flatMap((l) => l.prepared.reminder ?? []);
  const only = live[0];
  if (only === undefined) return outcomes;
  // A long message goes out in parts, each recorded on every row it carries: a retry after a
  // failure part-way sends only what was not delivered (unchanged) to this chat before.
  const progress = rowPartsProgress(only.row.partsDelivered, `${target.channel}:${target.chatId}`, (json) =>
    ctx.lease.recordParts(
      live.map((l) => l.row.id),
      json,
    ),
  );
  try {
    const { messageId } =
      live.length === 1 || items.length !== live.length
        ? await only.prepared.send(running.adapter, target.chatId, progress)
        : await running.adapter.sendReminders(
            { chatId: target.chatId, items: items.map((m) => ({ ...m, chatId: target.chatId })) },
            progress,
          );
    for (const l of live) {
      const recorded = await ctx.lease.finish(l.row.id, {
        status: "sent",
        sentAt: deps.clock.now(),
        messageId,
        channel: target.channel,
        attempts: { increment: 1 },
        lastError: null,
        partsDelivered: null,
      });
      if (!recorded) log.warn("sent, but the lease lapsed during the send: it may be sent once more");
      outcomes.push("sent");
    }
    return outcomes;
  } catch (e) {
    if (e instanceof ChannelError && e.retryAfterSeconds !== undefined)
      running.throttle.holdOff(e.retryAfterSeconds);
    if (e instanceof ChannelError && e.kind === "blocked")
      return [...outcomes, ...(await blocked(deps, ctx, live, target, e))];
    log.warn({ err: e, attempts: only.row.attempts + 1 }, "send failed");
    for (const l of live) outcomes.push(await retryLater(deps, ctx, l.row, e));
    return outcomes;
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
  live: Live[],
  target: { identityId?: string },
  e: ChannelError,
): Promise<Outcome[]> {
  const now = deps.clock.now();
  if (target.identityId !== undefined)
    await deps.db.chatIdentity.update({ where: { id: target.identityId }, data: { unreachableAt: now } });
  const outcomes: Outcome[] = [];
  let told = false;
  for (const { row, prepared } of live) {
    if (prepared.targets.length > 1) {
      // Another of their chats may still work: try again right away.
      const ok = await ctx.lease.finish(row.id, {
        status: "pending",
        nextAttemptAt: now,
        lastError: errorText(e),
      });
      outcomes.push(ok ? "retried" : "lost");
      continue;
    }
    const ok = await ctx.lease.finish(row.id, {
      status: "unreachable",
      attempts: { increment: 1 },
      lastError: errorText(e),
    });
    // The office hears of a person it can no longer remind, not of a notice that missed its reader.
    if (ok && !told && row.recipient && row.kind !== "unreachable" && row.kind !== "link-notice") {
      told = true;
      await tellOffice(deps, row, row.recipient);
    }
    outcomes.push(ok ? "unreachable" : "lost");
  }
  return outcomes;
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
