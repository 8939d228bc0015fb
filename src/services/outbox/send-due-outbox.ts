// The one sender for everything in the outbox (reminders, escalations, snoozes, re-sends,
// digests, correction notices, "someone blocked the bot" notices). Small batches: claim with a
// lease, keep the lease alive with a heartbeat while the batch is worked on, and send each row
// only after re-checking, in one statement, that it is still ours.
import type { Logger } from "pino";
import type { ServiceDeps } from "../service-deps.ts";
import { deliverOutboxRows, type OutboxSendResult } from "./deliver-outbox-row.ts";
import { loadOutboxRows, type OutboxRow } from "./load-outbox-rows.ts";
import type { RunningChannels } from "./notification-channel.ts";
import { DEFAULT_LEASE_MS, OutboxLease } from "./outbox-lease.ts";
import { BatchMemo } from "./prepare-outbox-row.ts";
import type { SenderPresence } from "./sender-presence.ts";

export type { OutboxSendResult } from "./deliver-outbox-row.ts";

export interface OutboxSendOptions {
  channels: RunningChannels;
  logger: Logger;
  /** How long a claim holds without a heartbeat (default 30 s): a dead sender's rows come back after it. */
  leaseMs?: number;
  /**
   * Rows per claim (default 10): what a sender that stalls can hold up; plus the other due
   * reminders of the people those rows are for (batched into one message each).
   */
  batchSize?: number;
  /** True once the sender is stopping: no further batch is claimed (the one in hand is finished). */
  stopping?: () => boolean;
  /** Rows of a batch in flight at once (default 2; the throttle still spaces them). */
  parallel?: number;
  /** Where senders on one database say they are sending, to share each bot's rate (none: full rate). */
  presence?: SenderPresence;
}

export const emptySendResult = (): OutboxSendResult => ({
  sent: 0,
  cancelled: 0,
  skipped: 0,
  retried: 0,
  failed: 0,
  unreachable: 0,
  lost: 0,
  deferred: 0,
});

/** Most reminders one message lists (the rest go in the next one). */
const MAX_PER_MESSAGE = 20;

const itemOrder = new Intl.Collator("en", { numeric: true });
const itemCode = (row: OutboxRow) => row.assignment?.workItem.code ?? "";

/**
 * Reminders of one recipient form one group (one message), listed by deadline and then by item
 * code (DA10.TDA1.ND2 before ND3 and ND10), whatever order the claim returned them in; every
 * other row is alone.
 */
function groupReminders(rows: OutboxRow[]): OutboxRow[][] {
  const groups: OutboxRow[][] = [];
  const byPerson = new Map<string, OutboxRow[]>();
  const ordered = [...rows].sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || itemOrder.compare(itemCode(a), itemCode(b)),
  );
  for (const row of ordered) {
    const person = row.kind === "reminder" ? row.recipientMemberId : null;
    const group = person === null ? undefined : byPerson.get(person);
    if (group !== undefined && group.length < MAX_PER_MESSAGE) {
      group.push(row);
      continue;
    }
    const fresh = [row];
    if (person !== null) byPerson.set(person, fresh);
    groups.push(fresh);
  }
  return groups;
}

/** Says this sender is sending and takes its share of each channel's rate (kept as it was on failure). */
async function takeShare(options: OutboxSendOptions): Promise<void> {
  if (!options.presence) return;
  try {
    const senders = await options.presence.sending();
    for (const channel of Object.values(options.channels)) channel.throttle.share(senders);
  } catch (err) {
    options.logger.warn({ err }, "could not count the senders sharing the send rate");
  }
}

/** Sends everything due now; returns what became of each row. */
export async function sendDueOutbox(
  deps: ServiceDeps,
  options: OutboxSendOptions,
): Promise<OutboxSendResult> {
  const result = emptySendResult();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  for (;;) {
    const lease = new OutboxLease(deps, leaseMs);
    // The other due reminders of the people reached come too: one message per person.
    const ids =
      options.stopping?.() === true ? [] : await lease.claimBatch(options.batchSize ?? 10, MAX_PER_MESSAGE);
    if (ids.length === 0) {
      await options.presence
        ?.idle()
        .catch((err: unknown) =>
          options.logger.warn({ err }, "could not leave the senders sharing the send rate"),
        );
      return result;
    }
    await takeShare(options);
    const heartbeat = setInterval(() => {
      lease.renew().catch((err: unknown) => options.logger.warn({ err }, "could not renew the outbox lease"));
      void takeShare(options);
    }, leaseMs / 3);
    try {
      const rows = await loadOutboxRows(deps.db, ids);
      const ctx = { channels: options.channels, logger: options.logger, lease, memo: new BatchMemo() };
      const queue = groupReminders(rows);
      const worker = async () => {
        for (let group = queue.shift(); group !== undefined; group = queue.shift())
          for (const outcome of await deliverOutboxRows(deps, ctx, group)) result[outcome]++;
      };
      await Promise.all(Array.from({ length: options.parallel ?? 2 }, worker));
    } finally {
      clearInterval(heartbeat);
    }
  }
}
