// One process at a time handles a chat's updates, whichever process received them: the holder of
// the chat's lease row. It renews the lease while it works and deletes it once the chat has nothing
// left; a process that dies stops renewing and the lease lapses. Every step is one conditional
// statement, so two processes asking at once never both get a chat.
//
// The lost wake-up: process B stores an update while A holds the chat, so B leaves it to A. If A
// had already looked for the last time and was letting go, the update would wait for the sweep.
// So B, finding the chat taken, sets the lease's `wake`, and A lets go only of a lease nobody woke
// (one conditional delete); a woken A looks again. B's update is stored before B sets `wake`, so
// A's next look sees it. If A let go before B's `wake`, B finds no lease and takes the chat itself.
// Expiry uses each process's clock, as the other leases do: a skew of a few seconds between
// machines only moves a takeover by as much (leases last 30 s); order never depends on clocks.
import { directExecute, directQuery } from "../../db/direct-sql.ts";
import { dialectOf, type Db } from "../../db/open-database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";
import {
  lineAsJson,
  markHandled,
  markStatement,
  pendingFromJson,
  pendingLine,
  pendingUpdate,
  type PendingRow,
  type PendingUpdate,
} from "./processed-updates.ts";

type Deps = Pick<ServiceDeps, "db" | "clock">;

export interface ChatLeaseRequest {
  channel: string;
  chatKey: string;
  /** Who asks: unique per process (and per intake within it). */
  holder: string;
  ttlMs: number;
}

/**
 * Takes a chat: true when `holder` holds its lease now (free, lapsed, or its own already). False
 * when a live process holds it: that holder has been woken and will handle what is stored.
 * Uncontended, this is one statement.
 */
export async function takeChatLease(deps: Deps, r: ChatLeaseRequest): Promise<boolean> {
  return (await takeChat(deps, r, 0)) !== null;
}

/**
 * Takes a chat as takeChatLease does and, once taken, reads the chat's first `limit` stored
 * updates (the holder's first look: in the same statement on SQLite, whose one writer at a time
 * reads the latest data; right after it on PostgreSQL, see takeAndReadPostgres); null when a live
 * process holds the chat (it has been woken). An update stored by another process after the look
 * finds the lease taken and wakes this holder, which then looks again before letting go.
 */
export async function takeChat(
  deps: Deps,
  r: ChatLeaseRequest,
  limit: number,
): Promise<PendingUpdate[] | null> {
  const postgres = dialectOf(deps.db) === "postgres";
  // A few rounds at most: each failed one means the holder let go in between.
  for (let round = 0; round < 5; round++) {
    const now = deps.clock.now();
    const until = new Date(now.getTime() + r.ttlMs);
    // Free, lapsed or its own: taken in one statement (an insert, or an update of the lease row
    // under its lock when one exists; two takers at once never both see their row come back).
    const upsert = Prisma.sql`
      INSERT INTO "ChatLease" ("channel", "chatKey", "holder", "until", "wake")
      VALUES (${r.channel}, ${r.chatKey}, ${r.holder}, ${until}, false)
      ON CONFLICT ("channel", "chatKey") DO UPDATE
        SET "holder" = excluded."holder", "until" = excluded."until", "wake" = false
        WHERE "ChatLease"."until" < ${now} OR "ChatLease"."holder" = ${r.holder}`;
    const taken =
      limit === 0
        ? (await directQuery(deps.db, Prisma.sql`${upsert} RETURNING "holder"`)).length === 1
          ? []
          : null
        : postgres
          ? await takeAndReadPostgres(deps, upsert, r, limit)
          : await takeAndReadSqlite(deps.db, upsert, pendingLine(r, now, limit));
    if (taken !== null) return taken;
    const woken = await directExecute(
      deps.db,
      Prisma.sql`
      UPDATE "ChatLease" SET "wake" = true
      WHERE "channel" = ${r.channel} AND "chatKey" = ${r.chatKey} AND "holder" <> ${r.holder}`,
    );
    if (woken === 1) return null;
  }
  return null; // the chat changes hands this fast only under a storm: the sweep looks again
}

/**
 * PostgreSQL: the lease's upsert, then the line read in a statement of its own. Not one statement:
 * a statement reads the data as committed when it began, and taking the lease may wait for the
 * previous holder's last "done and let go" to commit (its lease row); read in that same statement,
 * the line would still show the update just marked done, and it would be handled twice (seen in
 * update-intake-instances.test.ts, 1 run in 6). The next statement sees that commit.
 */
async function takeAndReadPostgres(
  deps: Deps,
  upsert: Prisma.Sql,
  r: Pick<ChatLeaseRequest, "channel" | "chatKey">,
  limit: number,
): Promise<PendingUpdate[] | null> {
  const taken = await directQuery(deps.db, Prisma.sql`${upsert} RETURNING 1 AS "one"`);
  if (taken.length === 0) return null;
  const rows = await directQuery<PendingRow>(deps.db, pendingLine(r, deps.clock.now(), limit));
  return rows.map(pendingUpdate);
}

/** SQLite (no writes inside WITH): the line comes back in the upsert's RETURNING, as JSON. */
async function takeAndReadSqlite(
  db: Db,
  upsert: Prisma.Sql,
  line: Prisma.Sql,
): Promise<PendingUpdate[] | null> {
  const rows = await directQuery<{ line: string }>(
    db,
    Prisma.sql`${upsert} RETURNING ${lineAsJson(line)} AS "line"`,
  );
  return rows.length === 0 ? null : pendingFromJson(rows[0]!.line);
}

/** Extends the leases of `chatKeys` that `holder` still holds; how many it extended. */
export async function renewChatLeases(
  deps: Deps,
  r: { channel: string; holder: string; chatKeys: string[]; ttlMs: number },
): Promise<number> {
  const { count } = await deps.db.chatLease.updateMany({
    where: { channel: r.channel, holder: r.holder, chatKey: { in: r.chatKeys } },
    data: { until: new Date(deps.clock.now().getTime() + r.ttlMs) },
  });
  return count;
}

/**
 * Lets a chat go once it looks empty. "released": done. "woken": another process stored an update
 * meanwhile; the lease is still held (its wake cleared): look again. "lost": the lease lapsed and
 * another process took the chat.
 */
export async function releaseChatLease(
  deps: Deps,
  r: Pick<ChatLeaseRequest, "channel" | "chatKey" | "holder">,
): Promise<"released" | "woken" | "lost"> {
  const released = await directExecute(deps.db, releaseStatement(r));
  return released === 1 ? "released" : unwake(deps, r);
}

/**
 * Marks the stored update `seq` handled (markHandled), then lets the chat go (releaseChatLease):
 * on PostgreSQL in one statement (both or neither), on SQLite in two, in that order.
 */
export async function markHandledAndRelease(
  deps: Deps,
  r: Pick<ChatLeaseRequest, "channel" | "chatKey" | "holder">,
  seq: number,
): Promise<"released" | "woken" | "lost"> {
  if (dialectOf(deps.db) !== "postgres") {
    await markHandled(deps, seq);
    return releaseChatLease(deps, r);
  }
  const released = await directQuery(
    deps.db,
    Prisma.sql`
    WITH "marked" AS (${markStatement(deps, seq)} RETURNING 1),
      "released" AS (${releaseStatement(r)} RETURNING 1)
    SELECT 1 AS "one" FROM "released"`,
  );
  return released.length === 1 ? "released" : unwake(deps, r);
}

/** Deletes the lease if `holder` holds it and nobody woke it. */
function releaseStatement(r: Pick<ChatLeaseRequest, "channel" | "chatKey" | "holder">): Prisma.Sql {
  return Prisma.sql`
    DELETE FROM "ChatLease"
    WHERE "channel" = ${r.channel} AND "chatKey" = ${r.chatKey} AND "holder" = ${r.holder} AND "wake" = false`;
}

/** After a release that deleted nothing: "woken" (still held, wake cleared) or "lost". */
async function unwake(
  deps: Deps,
  r: Pick<ChatLeaseRequest, "channel" | "chatKey" | "holder">,
): Promise<"woken" | "lost"> {
  const woken = await directExecute(
    deps.db,
    Prisma.sql`
    UPDATE "ChatLease" SET "wake" = false
    WHERE "channel" = ${r.channel} AND "chatKey" = ${r.chatKey} AND "holder" = ${r.holder}`,
  );
  return woken === 1 ? "woken" : "lost";
}

/** Of `chatKeys`, those whose lease a live process holds. */
export async function heldChats(deps: Deps, channel: string, chatKeys: string[]): Promise<Set<string>> {
  if (chatKeys.length === 0) return new Set();
  const rows = await deps.db.chatLease.findMany({
    where: { channel, chatKey: { in: chatKeys }, until: { gte: deps.clock.now() } },
    select: { chatKey: true },
  });
  return new Set(rows.map((r) => r.chatKey));
}
