// One send rate across instances. A platform limits a bot as a whole (Telegram: about 30 messages
// a second, whichever process sends them), while each process paces its own sends (SendThrottle).
// So each sender says that it is sending, in a `Lease` row of its own ("outbox-sender:<id>")
// renewed with every batch it claims and lapsing a second after it runs out of work (its last
// second of sends still counts against the rate), and paces itself at its
// share: the platform's rate divided by the senders present. One sender alone sends at the full
// rate; three sending together get a third each. A sender learns of one that joined at its next
// batch (within about a second at full pace), so together they may exceed the rate for that long;
// a sender that dies stops renewing its row and is no longer counted after `ttlMs` (housekeeping
// deletes such rows later: pruneLapsedSenders).
import { randomUUID } from "node:crypto";
import { acquireLease } from "../transport/leases.ts";
import type { ServiceDeps } from "../service-deps.ts";

const PREFIX = "outbox-sender:";

export class SenderPresence {
  private readonly lease = { name: `${PREFIX}${randomUUID()}`, holder: randomUUID() };
  /** Whether this sender said it was sending since it last said it was idle. */
  private announced = false;

  constructor(
    private readonly deps: Pick<ServiceDeps, "db" | "clock">,
    private readonly ttlMs = 30_000,
  ) {}

  /** Says this sender is sending (for `ttlMs` more); how many senders are sending now, itself included. */
  async sending(): Promise<number> {
    const { db, clock } = this.deps;
    await acquireLease(this.deps, { ...this.lease, ttlMs: this.ttlMs });
    this.announced = true;
    const present = await db.lease.count({
      where: { name: { startsWith: PREFIX }, expiresAt: { gte: clock.now() } },
    });
    return Math.max(1, present);
  }

  /**
   * This sender has nothing left to send. Its sends of the last second still count against the
   * bot's rate, so it stays counted for one more second; then the others get its share.
   */
  async idle(): Promise<void> {
    // Said already (an idle sender polls every few seconds): nothing to shorten.
    if (!this.announced) return;
    const { db, clock } = this.deps;
    const soon = new Date(clock.now().getTime() + 1000);
    // Only ever shortened: an idle sender polling again does not come back to life.
    await db.lease.updateMany({
      where: { ...this.lease, expiresAt: { gt: soon } },
      data: { expiresAt: soon },
    });
    this.announced = false;
  }
}

/** Deletes the rows of senders that died (lapsed more than an hour ago); how many. */
export async function pruneLapsedSenders(deps: Pick<ServiceDeps, "db" | "clock">): Promise<number> {
  const { count } = await deps.db.lease.deleteMany({
    where: {
      name: { startsWith: PREFIX },
      expiresAt: { lt: new Date(deps.clock.now().getTime() - 3_600_000) },
    },
  });
  return count;
}
