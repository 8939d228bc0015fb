// A sender's hold on a batch of outbox rows: a random token and a lease that ends soon
// (`leaseUntil`), renewed while the work is alive. Every write checks the token in the same
// statement, so a sender that stalled past its lease and lost its rows can neither send them
// (`hold` fails just before the send) nor overwrite what the new holder recorded.
//
// The claim is one statement, `UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING id`, so there is
// no window between choosing rows and taking them:
// - PostgreSQL: the inner SELECT takes its rows `FOR UPDATE SKIP LOCKED`. Rows another sender is
//   claiming at this moment are skipped, not waited for (and a row whose committed version no
//   longer matches is re-checked out), so N senders claiming at once each get *different* rows,
//   and a sender comes back empty only when nothing claimable is left. (The earlier findMany +
//   updateMany let every sender choose the same first rows; the losers got nothing and stopped
//   although rows were due: with N senders one effectively worked.)
// - SQLite: writes run one at a time (one writer per file, and one connection per process), so
//   the same statement without the locking clause is already exclusive: each claim takes the next
//   rows after the previous claim's.
// Either way the rows returned carry our token and are ours.
//
// A sender's batch (`claimBatch`) also takes the other due reminders of the people its rows are
// for, so that each person gets one message listing their items (send-due-outbox.ts). Rows due at
// the same time are taken person by person (`ORDER BY nextAttemptAt, recipientMemberId`), and the
// batch's two claims run in one transaction that senders take in turn (on PostgreSQL an advisory
// lock; SQLite has one writer anyway). Without the turn, two PostgreSQL claims scanning side by
// side lock rows alternately (each skips the rows the other has just locked), so one person's
// reminders were split between two senders and that person got two messages (found by CI: 202
// messages for 200 people). The turn is a few milliseconds a batch; rows locked by anything else
// are still skipped, not waited for.
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client.ts";
import { dialectOf, type Db } from "../../db/open-database.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Which rows a claim may take, beyond "due or lapsed". */
export interface ClaimFilter {
  kind?: string;
  /** Only rows addressed to these members (an empty list matches nothing). */
  recipientMemberIds?: readonly string[];
}

export const DEFAULT_LEASE_MS = 30_000;

/** The advisory lock senders take in turn for a batch's claims on PostgreSQL (any constant). */
const CLAIM_TURN = 7_340_201;

type Client = Db | Prisma.TransactionClient;

interface Claimed {
  id: string;
  nextAttemptAt: Date | string;
  kind: string;
  recipientMemberId: string | null;
}

export class OutboxLease {
  readonly token = randomUUID();

  constructor(
    private readonly deps: Pick<ServiceDeps, "db" | "clock">,
    readonly leaseMs: number = DEFAULT_LEASE_MS,
  ) {}

  private until(): Date {
    return new Date(this.deps.clock.now().getTime() + this.leaseMs);
  }

  /**
   * Takes up to `limit` rows that are due, or whose holder's lease lapsed (and match `filter`),
   * the earliest first (and one person's rows together); returns their ids in that order.
   */
  async claim(limit: number, filter: ClaimFilter = {}): Promise<string[]> {
    return ids(await this.take(this.deps.db, limit, filter));
  }

  /**
   * A sender's batch: up to `limit` rows as `claim` takes them, and with them the other due
   * reminders of the people those rows are for (up to `morePerPerson` times the number of people),
   * claimed in one turn so that no other sender takes part of a person's reminders in between.
   */
  async claimBatch(limit: number, morePerPerson: number): Promise<string[]> {
    const { db } = this.deps;
    return db.$transaction(async (tx) => {
      if (dialectOf(db) === "postgres")
        await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${CLAIM_TURN})`;
      const first = await this.take(tx, limit, {});
      const people = [
        ...new Set(first.flatMap((r) => (r.kind === "reminder" ? (r.recipientMemberId ?? []) : []))),
      ];
      const more = await this.take(tx, people.length * morePerPerson, {
        kind: "reminder",
        recipientMemberIds: people,
      });
      return ids([...first, ...more]);
    });
  }

  private async take(client: Client, limit: number, filter: ClaimFilter): Promise<Claimed[]> {
    const now = this.deps.clock.now();
    const postgres = dialectOf(this.deps.db) === "postgres";
    const people = filter.recipientMemberIds;
    if (people !== undefined && people.length === 0) return [];
    return client.$queryRaw<Claimed[]>`
      UPDATE "Outbox" SET "status" = 'claimed', "leaseToken" = ${this.token}, "leaseUntil" = ${this.until()}
      WHERE "id" IN (
        SELECT "id" FROM "Outbox"
        WHERE (("status" = 'pending' AND "nextAttemptAt" <= ${now})
            OR ("status" = 'claimed' AND "leaseUntil" < ${now}))
          ${filter.kind === undefined ? Prisma.empty : Prisma.sql`AND "kind" = ${filter.kind}`}
          ${people === undefined ? Prisma.empty : Prisma.sql`AND "recipientMemberId" IN (${Prisma.join(people)})`}
        ORDER BY "nextAttemptAt", "recipientMemberId", "id"
        LIMIT ${limit}
        ${postgres ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty}
      )
      RETURNING "id", "nextAttemptAt", "kind", "recipientMemberId"`;
  }

  /** The heartbeat: extends the lease of every row still held. */
  async renew(): Promise<number> {
    const r = await this.deps.db.outbox.updateMany({
      where: { leaseToken: this.token, status: "claimed" },
      data: { leaseUntil: this.until() },
    });
    return r.count;
  }

  /** Immediately before a send: true only if the row is still ours (and then for a full lease). */
  async hold(id: string): Promise<boolean> {
    const r = await this.deps.db.outbox.updateMany({
      where: { id, leaseToken: this.token, status: "claimed" },
      data: { leaseUntil: this.until() },
    });
    return r.count === 1;
  }

  /**
   * A part of a long message delivered (see parts-progress.ts): recorded on each row it is for, with
   * a full lease for the rest; false if any of them was no longer ours.
   */
  async recordParts(ids: readonly string[], partsDelivered: string): Promise<boolean> {
    const r = await this.deps.db.outbox.updateMany({
      where: { id: { in: [...ids] }, leaseToken: this.token, status: "claimed" },
      data: { partsDelivered, leaseUntil: this.until() },
    });
    return r.count === ids.length;
  }

  /** Records the outcome and lets the row go; false if it was no longer ours. */
  async finish(id: string, data: Prisma.OutboxUpdateManyMutationInput): Promise<boolean> {
    const r = await this.deps.db.outbox.updateMany({
      where: { id, leaseToken: this.token, status: "claimed" },
      data: { ...data, leaseToken: null, leaseUntil: null },
    });
    return r.count === 1;
  }
}

/** The ids of claimed rows, the earliest due first (ties by id). */
function ids(rows: Claimed[]): string[] {
  const at = (v: Date | string) => new Date(v).getTime();
  return rows
    .sort((a, b) => at(a.nextAttemptAt) - at(b.nextAttemptAt) || (a.id < b.id ? -1 : 1))
    .map((r) => r.id);
}
