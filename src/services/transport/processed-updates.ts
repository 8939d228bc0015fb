// Every incoming update is stored before it is handled: the row (with the update itself) is the
// duplicate check, and the crash record another process finishes from. The database numbers the
// rows (`seq`) as they arrive, whichever process receives them: a chat's updates are handled in
// that order (never by app clocks, which differ between machines). The intake's updates are
// guarded by their chat's lease (chat-leases.ts); an update claimed alone (claimUpdate, outside
// the intake) carries a lease of its own on its row.
import { directExecute, directQuery } from "../../db/direct-sql.ts";
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { dialectOf } from "../../db/open-database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";

type Deps = Pick<ServiceDeps, "db" | "clock">;

/** The chat key of an update that belongs to no chat: a line of its own. */
export function soloChatKey(updateId: string): string {
  return `update:${updateId}`;
}

export interface StoredUpdate {
  channel: string;
  updateId: string;
  /** Updates of one chat are handled in their order. */
  chatKey: string;
  /** The update as received, handled from here by whichever process holds the chat. */
  payload: string;
}

/**
 * Stores an arriving update for its chat's lease holder to handle: its arrival number, or null
 * for a duplicate (stored already: handled, or waiting in its chat's line). One insert.
 */
export async function storeUpdate(deps: Deps, u: StoredUpdate): Promise<number | null> {
  return (await storeUpdates(deps, [u]))[0] ?? null;
}

/**
 * Stores arriving updates (a polled batch) in one insert, numbered in the order given (the rows
 * of one multi-row insert are inserted, and numbered, one after the other): for each its arrival
 * number, or null for a duplicate (one given twice is stored once, the first time).
 */
export async function storeUpdates(deps: Deps, us: readonly StoredUpdate[]): Promise<(number | null)[]> {
  if (us.length === 0) return [];
  const now = deps.clock.now();
  const values = us.map(
    (u) => Prisma.sql`(${u.channel}, ${u.updateId}, ${u.chatKey}, 'handling', ${u.payload}, ${now})`,
  );
  const rows = await directQuery<{ seq: number | string; channel: string; updateId: string }>(
    deps.db,
    Prisma.sql`
    INSERT INTO "ProcessedUpdate" ("channel", "updateId", "chatKey", "status", "payload", "processedAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("channel", "updateId") DO NOTHING
    RETURNING "seq", "channel", "updateId"`,
  );
  const key = (u: { channel: string; updateId: string }) => `${u.channel}\n${u.updateId}`;
  const seqs = new Map(rows.map((r) => [key(r), Number(r.seq)]));
  return us.map((u) => {
    const seq = seqs.get(key(u)) ?? null;
    seqs.delete(key(u)); // the same update later in the batch is a duplicate
    return seq;
  });
}

export interface PendingUpdate {
  seq: number;
  updateId: string;
  /** Null for a record left by an older version that kept no copy. */
  payload: string | null;
  storedAt: Date;
}

/** Unfinished row whose own lease (claimUpdate's) is absent or lapsed: its chat's holder may take it. */
function orphaned(now: Date) {
  return { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
}

/** A chat's unfinished updates in arrival order (the first `limit`). */
export async function pendingUpdates(
  deps: Deps,
  c: { channel: string; chatKey: string; limit: number },
): Promise<PendingUpdate[]> {
  const rows = await directQuery<PendingRow>(deps.db, pendingLine(c, deps.clock.now(), c.limit));
  return rows.map(pendingUpdate);
}

/**
 * Marks the update `seq` handled (markHandled) and reads the chat's first `limit` unfinished
 * updates (pendingUpdates), leaving `seq` out: what a chat's holder does between two updates, in
 * one statement (on PostgreSQL a statement reads the data as it was when it began, before its
 * own mark; the read leaves `seq` out itself on both).
 */
export async function markHandledAndRead(
  deps: Deps,
  c: { channel: string; chatKey: string; limit: number },
  seq: number,
): Promise<PendingUpdate[]> {
  const line = pendingLine(c, deps.clock.now(), c.limit, seq);
  if (dialectOf(deps.db) === "postgres") {
    const rows = await directQuery<PendingRow>(
      deps.db,
      Prisma.sql`WITH "marked" AS (${markStatement(deps, seq)} RETURNING 1) ${line}`,
    );
    return rows.map(pendingUpdate);
  }
  // SQLite has no writes inside WITH: the line comes back in the mark's RETURNING, as JSON.
  const rows = await directQuery<{ line: string }>(
    deps.db,
    Prisma.sql`${markStatement(deps, seq)} RETURNING ${lineAsJson(line)} AS "line"`,
  );
  // Marked already (nothing to return it with): the line is read on its own.
  return rows.length === 1 ? pendingFromJson(rows[0]!.line) : pendingUpdates(deps, c);
}

/** SQLite: a subquery giving the rows of `line` (pendingLine) as one JSON array (pendingFromJson). */
export function lineAsJson(line: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
      SELECT json_group_array(json_array(p."seq", p."updateId", p."payload", p."processedAt"))
      FROM (${line}) p
    )`;
}

/** The updates of a line read as JSON (lineAsJson), in arrival order. */
export function pendingFromJson(json: string): PendingUpdate[] {
  const stored = JSON.parse(json) as [number, string, string | null, string | number][];
  return stored
    .map(([seq, updateId, payload, processedAt]) => pendingUpdate({ seq, updateId, payload, processedAt }))
    .sort((a, b) => a.seq - b.seq);
}

/**
 * The query of a chat's first `limit` unfinished updates in arrival order (see orphaned), but for
 * `except`.
 */
export function pendingLine(
  c: { channel: string; chatKey: string },
  now: Date,
  limit: number,
  except?: number,
): Prisma.Sql {
  return Prisma.sql`
    SELECT "seq", "updateId", "payload", "processedAt" FROM "ProcessedUpdate"
    WHERE "status" = 'handling' AND "channel" = ${c.channel} AND "chatKey" = ${c.chatKey}
      AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})${except === undefined ? Prisma.empty : Prisma.sql` AND "seq" <> ${except}`}
    ORDER BY "seq" LIMIT ${limit}`;
}

/** A pending row as the driver returns it (see db/direct-sql.ts). */
export interface PendingRow {
  seq: number | string;
  updateId: string;
  payload: string | null;
  processedAt: string | number;
}

export function pendingUpdate(r: PendingRow): PendingUpdate {
  return {
    seq: Number(r.seq),
    updateId: r.updateId,
    payload: r.payload,
    // Epoch milliseconds, or ISO text with its offset (both drivers give "+00:00").
    storedAt: new Date(r.processedAt),
  };
}

/** Chats with unfinished updates nobody claimed alone, oldest waiting first (the sweep's list). */
export async function chatsWithPendingUpdates(deps: Deps, channel: string, limit: number): Promise<string[]> {
  const groups = await deps.db.processedUpdate.groupBy({
    by: ["chatKey"],
    where: { status: "handling", channel, ...orphaned(deps.clock.now()) },
    orderBy: { _min: { seq: "asc" } },
    take: limit,
  });
  // Records older than the chat key (none since the sequence migration) get one: see the migration.
  return groups.flatMap((g) => (g.chatKey === null ? [] : [g.chatKey]));
}

/** Records an update as handled (the stored copy is dropped); false if it was already. */
export async function markHandled(deps: Deps, seq: number): Promise<boolean> {
  return (await directExecute(deps.db, markStatement(deps, seq))) === 1;
}

/** The update that marks `seq` handled (markHandled). */
export function markStatement(deps: Deps, seq: number): Prisma.Sql {
  return Prisma.sql`
    UPDATE "ProcessedUpdate"
    SET "status" = 'done', "payload" = NULL, "leaseUntil" = NULL, "processedAt" = ${deps.clock.now()}
    WHERE "seq" = ${seq} AND "status" = 'handling'`;
}

export interface UpdateClaim {
  channel: string;
  updateId: string;
  chatKey: string | null;
  payload: string;
  leaseMs: number;
}

/**
 * Claims an update handled on the spot, outside the intake (the bot fed by a tool): true when
 * this process must handle it. False for a duplicate (done, waiting in the intake, or claimed by a
 * live process). The row's own lease keeps chat lease holders off it while it is handled; once it
 * lapses (the process died) the update joins its chat's line and the holder handles it again.
 */
export async function claimUpdate(deps: Deps, c: UpdateClaim): Promise<boolean> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + c.leaseMs);
  try {
    await deps.db.processedUpdate.create({
      data: {
        channel: c.channel,
        updateId: c.updateId,
        chatKey: c.chatKey ?? soloChatKey(c.updateId),
        status: "handling",
        payload: c.payload,
        leaseUntil,
        processedAt: now,
      },
    });
    return true;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A redelivery of an update claimed alone whose process died is taken over (one statement: one
    // taker wins); the intake's rows have no lease of their own and stay with their chat's holder.
    const { count } = await deps.db.processedUpdate.updateMany({
      where: { channel: c.channel, updateId: c.updateId, status: "handling", leaseUntil: { lt: now } },
      data: { leaseUntil },
    });
    return count === 1;
  }
}

/** Records an update claimed alone as handled; the stored update is dropped. */
export async function markDone(deps: Deps, channel: string, updateId: string): Promise<void> {
  await deps.db.processedUpdate.updateMany({
    where: { channel, updateId },
    data: { status: "done", payload: null, leaseUntil: null, processedAt: deps.clock.now() },
  });
}
