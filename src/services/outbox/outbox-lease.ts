// A sender's hold on a batch of outbox rows: a random token and a lease that ends soon
// (`leaseUntil`), renewed while the work is alive. Every write checks the token in the same
// statement, so a sender that stalled past its lease and lost its rows can neither send them
// (`hold` fails just before the send) nor overwrite what the new holder recorded.
//
// The claim is one UPDATE … WHERE id IN (candidates) AND (claimable): SQLite runs writes one at a
// time, so two senders can never both match a row; on PostgreSQL (READ COMMITTED) the UPDATE
// re-checks the WHERE on the row's latest version after waiting for a concurrent claimer, so the
// loser matches nothing. Either way the rows that carry our token afterwards are ours.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";

export const DEFAULT_LEASE_MS = 30_000;

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
   * Takes up to `limit` rows that are due, or whose holder's lease lapsed (and match `where`);
   * returns the ids of every row this lease holds.
   */
  async claim(limit: number, where: Prisma.OutboxWhereInput = {}): Promise<string[]> {
    const now = this.deps.clock.now();
    const claimable: Prisma.OutboxWhereInput = {
      AND: [
        where,
        {
          OR: [
            { status: "pending", nextAttemptAt: { lte: now } },
            { status: "claimed", leaseUntil: { lt: now } },
          ],
        },
      ],
    };
    const candidates = await this.deps.db.outbox.findMany({
      where: claimable,
      orderBy: { nextAttemptAt: "asc" },
      take: limit,
      select: { id: true },
    });
    if (candidates.length === 0) return [];
    await this.deps.db.outbox.updateMany({
      where: { id: { in: candidates.map((c) => c.id) }, ...claimable },
      data: { status: "claimed", leaseToken: this.token, leaseUntil: this.until() },
    });
    const mine = await this.deps.db.outbox.findMany({
      where: { leaseToken: this.token, status: "claimed" },
      orderBy: { nextAttemptAt: "asc" },
      select: { id: true },
    });
    return mine.map((r) => r.id);
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

  /** Records the outcome and lets the row go; false if it was no longer ours. */
  async finish(id: string, data: Prisma.OutboxUpdateManyMutationInput): Promise<boolean> {
    const r = await this.deps.db.outbox.updateMany({
      where: { id, leaseToken: this.token, status: "claimed" },
      data: { ...data, leaseToken: null, leaseUntil: null },
    });
    return r.count === 1;
  }
}
