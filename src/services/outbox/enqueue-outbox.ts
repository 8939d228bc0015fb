// Writes notifications to the one outbox. Each row has a unique key, so writing the same
// notification twice (a second scheduler, a double tap, a restart) adds nothing.
//
// One multi-row `INSERT … ON CONFLICT ("key") DO NOTHING` per chunk, the same SQL on SQLite and
// PostgreSQL: a key written first by another instance is skipped by the database itself (no error,
// nothing logged, and on PostgreSQL no aborted transaction), and the count the database returns is
// exactly the rows added. A province's first tick (10,000 rows) is 10 statements instead of
// 10,000 row writes through the query engine.
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client.ts";
import { dialectOf, type Db } from "../../db/open-database.ts";

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

/** Rows per statement (passed as one JSON parameter). */
const CHUNK = 2000;

const COLUMNS = Prisma.raw(
  `("id", "kind", "key", "planId", "assignmentId", "periodId", "step", "recipientMemberId", ` +
    `"subscriptionId", "payload", "dueAt", "status", "nextAttemptAt", "createdAt")`,
);
const FIELDS = [
  "id",
  "kind",
  "key",
  "planId",
  "assignmentId",
  "periodId",
  "step",
  "recipientMemberId",
  "subscriptionId",
  "payload",
] as const;
/** SQLite: each row's fields read from the JSON array (dates as Prisma writes them, see below). */
const FROM_JSON_SQLITE = Prisma.raw(
  [...FIELDS, "dueAt"].map((f) => `json_extract(value, '$.${f}')`).join(", ") +
    `, 'pending', json_extract(value, '$.dueAt')`,
);
/** PostgreSQL: the JSON array as a set of typed records (a time zone in a timestamp is ignored). */
const RECORD_PG = Prisma.raw(`r(${FIELDS.map((f) => `"${f}" text`).join(", ")}, "dueAt" timestamp(3))`);
const FROM_RECORD_PG = Prisma.raw(
  [...FIELDS, "dueAt"].map((f) => `r."${f}"`).join(", ") + `, 'pending', r."dueAt"`,
);

/**
 * One statement for a chunk: the rows travel as one JSON parameter (thousands of bound
 * parameters cost the client more than the database's work), the same columns on both engines.
 */
function insertChunk(db: Db | Prisma.TransactionClient, rows: NewOutboxRow[], now: Date) {
  const postgres = dialectOf(db as Db) === "postgres";
  // Prisma's SQLite adapter stores DateTime as ISO 8601 with "+00:00"; rows compared as text
  // (the claim's `nextAttemptAt <= now`) must be written the same way.
  const date = (d: Date) => (postgres ? d.toISOString() : d.toISOString().replace("Z", "+00:00"));
  const json = JSON.stringify(
    rows.map((r) => ({
      id: randomUUID(),
      kind: r.kind,
      key: r.key,
      planId: r.planId ?? null,
      assignmentId: r.assignmentId ?? null,
      periodId: r.periodId ?? null,
      step: r.step ?? null,
      recipientMemberId: r.recipientMemberId ?? null,
      subscriptionId: r.subscriptionId ?? null,
      payload: JSON.stringify(r.payload ?? {}),
      dueAt: date(r.dueAt),
    })),
  );
  return postgres
    ? db.$executeRaw`INSERT INTO "Outbox" ${COLUMNS} SELECT ${FROM_RECORD_PG}, ${now} FROM json_to_recordset(${json}::json) AS ${RECORD_PG} ON CONFLICT ("key") DO NOTHING`
    : // `WHERE true`: SQLite's grammar needs it between a SELECT and ON CONFLICT.
      db.$executeRaw`INSERT INTO "Outbox" ${COLUMNS} SELECT ${FROM_JSON_SQLITE}, ${now} FROM json_each(${json}) WHERE true ON CONFLICT ("key") DO NOTHING`;
}

/**
 * Inserts the rows whose key is new; returns how many were added. Chunks are written one after
 * the other, each whole or not at all; after a crash between two, writing the same rows again
 * (the next tick does) adds only what is missing.
 */
export async function enqueueOutbox(
  db: Db | Prisma.TransactionClient,
  rows: NewOutboxRow[],
  now: Date,
): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += CHUNK) added += await insertChunk(db, rows.slice(i, i + CHUNK), now);
  return added;
}
