// Writes notifications to the one outbox. Each row has a unique key, so writing the same
// notification twice (a second scheduler, a double tap, a restart) adds nothing.
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/open-database.ts";

export type OutboxKind = "reminder" | "digest" | "correction" | "unreachable" | "return" | "link-notice";

export interface NewOutboxRow {
  kind: OutboxKind;
  key: string;
  planId?: string | null;
  assignmentId?: string | null;
  periodId?: string | null;
  step?: string | null;
  recipientMemberId?: string | null;
  subscriptionId?: string | null;
  /** What the kind needs to render; stored as JSON. */
  payload?: Record<string, unknown>;
  dueAt: Date;
}

/** The unique keys of the outbox: one notification per key, ever. */
export const outboxKey = {
  reminder: (r: { assignmentId: string; periodId: string; step: string; recipientMemberId: string }) =>
    `reminder:${r.assignmentId}:${r.periodId}:${r.step}:${r.recipientMemberId}`,
  digest: (subscriptionId: string, digestKey: string) => `digest:${subscriptionId}:${digestKey}`,
  correction: (requestId: string, memberId: string) => `correction:${requestId}:${memberId}`,
  unreachable: (blockedRowId: string, memberId: string) => `unreachable:${blockedRowId}:${memberId}`,
  /** The "welcome back" summary after an absence: once per absence. */
  returnSummary: (absenceId: string) => `return:${absenceId}`,
  linkNotice: (linkCodeId: string) => `link-notice:${linkCodeId}`,
};

/** Inserts the rows whose key is new; returns how many were added. */
export async function enqueueOutbox(
  db: Db | Prisma.TransactionClient,
  rows: NewOutboxRow[],
  now: Date,
): Promise<number> {
  const data = rows.map(({ payload, ...r }) => ({
    id: randomUUID(),
    ...r,
    payload: JSON.stringify(payload ?? {}),
    status: "pending",
    nextAttemptAt: r.dueAt,
    createdAt: now,
  }));
  let added = 0;
  for (let i = 0; i < data.length; i += 500) {
    const batch = data.slice(i, i + 500);
    try {
      added += (await db.outbox.createMany({ data: batch })).count;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Another process wrote some of these first: add the rest one by one.
      for (const row of batch) {
        try {
          await db.outbox.create({ data: row });
          added++;
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
        }
      }
    }
  }
  return added;
}
