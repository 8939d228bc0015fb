// N instances on one database (SQLite file or PostgreSQL, TEST_DATABASE): every scheduler ticks at
// the same instant and every instance sends. Each reminder is queued once and sent once, and the
// sending is shared: a sender that loses a race for rows takes the next ones instead of stopping.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { addFocalPoints } from "../../../bench/add-focal-points.ts";
import { generateReminderPlan } from "../../../bench/generate-province-plan.ts";
import { openDatabase, type Db } from "../../../src/db/open-database.ts";
import { createReminderTicker } from "../../../src/scheduler/reminder-ticker.ts";
import { createOutboxSender } from "../../../src/services/outbox/create-outbox-sender.ts";
import { OutboxLease } from "../../../src/services/outbox/outbox-lease.ts";
import { SendThrottle } from "../../../src/services/outbox/send-throttle.ts";
import { SenderPresence } from "../../../src/services/outbox/sender-presence.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import type { ReminderBatch } from "../../../src/services/reminders/reminder-channel.ts";
import { enqueueDueReminders } from "../../../src/services/reminders/enqueue-due-reminders.ts";
import { instantThrottle, MovableClock, RecordingChannel } from "../../support/reminder-world.ts";
import { tempDatabase, TEST_DATABASE, type TempDatabase } from "../../support/temp-database.ts";

const logger = pino({ level: "silent" });
const INSTANCES = 3;

/** Records which instance sent each outbox row; each send takes a few real milliseconds. */
class SharedLog {
  readonly byRow = new Map<string, number[]>();
  readonly messages = [0, 0, 0];
}

class InstanceChannel extends RecordingChannel {
  constructor(
    clock: MovableClock,
    private readonly log: SharedLog,
    private readonly instance: number,
  ) {
    super(clock);
  }
  override async sendReminders(b: ReminderBatch) {
    await new Promise((r) => setTimeout(r, 3));
    this.log.messages[this.instance]!++;
    for (const m of b.items)
      this.log.byRow.set(m.outboxId, [...(this.log.byRow.get(m.outboxId) ?? []), this.instance]);
    return super.sendReminders(b);
  }
}

/** 200 agencies × 5 quarterly assignments, one focal point each: 1,000 obligations due at `clock`. */
async function province(clock: MovableClock): Promise<TempDatabase> {
  const temp = await tempDatabase();
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-senders-"));
  try {
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, generateReminderPlan(200, 5));
    const r = await importPlanFile({ db: temp.db, clock }, { file });
    if (r.kind !== "checked" || !r.applied) throw new Error("plan import failed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await addFocalPoints(temp.db, clock.now());
  return temp;
}

async function until(check: () => Promise<boolean>, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe(`${INSTANCES} instances on one database (${TEST_DATABASE})`, () => {
  let temp: TempDatabase | undefined;
  const others: Db[] = [];
  afterEach(async () => {
    for (const db of others.splice(0)) await db.$disconnect();
    await temp?.close();
    temp = undefined;
  });

  // 08:00 on Wednesday 8 March 2023 (Asia/Ho_Chi_Minh): seven days before Q1's deadline.
  const at = () => new MovableClock(new Date("2023-03-08T01:00:00Z"));

  async function connections(url: string): Promise<Db[]> {
    for (let i = 1; i < INSTANCES; i++) others.push(await openDatabase(url));
    return [temp!.db, ...others];
  }

  it("three schedulers planning the same tick at once (no planning turn): each reminder queued once", async () => {
    const clock = at();
    temp = await province(clock);
    const dbs = await connections(temp.url);
    const results = await Promise.all(dbs.map((db) => enqueueDueReminders({ db, clock }, clock.now())));
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(1000);
    const rows = await temp.db.outbox.findMany({ select: { key: true } });
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.key)).size).toBe(1000);
    // Planning again adds nothing and reports nothing added.
    const again = await Promise.all(dbs.map((db) => enqueueDueReminders({ db, clock }, clock.now())));
    expect(again.map((r) => r.added)).toEqual([0, 0, 0]);
  });

  it("three instances ticking at the same instant: one plans, all send, each reminder sent exactly once", async () => {
    const clock = at();
    temp = await province(clock);
    const dbs = await connections(temp.url);
    const log = new SharedLog();
    const instances = dbs.map((db, i) => {
      const deps = { db, clock };
      const channel = new InstanceChannel(clock, log, i);
      const sender = createOutboxSender(deps, {
        channels: { telegram: { adapter: channel, throttle: instantThrottle() } },
        logger,
        batchSize: 10,
      });
      return { sender, ticker: createReminderTicker({ deps, sender, logger }) };
    });
    // Each instance also polls, as a running app does (every 5 s there; 50 ms here).
    for (const i of instances) i.sender.poll(50);
    const ticks = await Promise.all(instances.map((i) => i.ticker.tick()));
    expect(ticks.map((t) => t.added).sort((a, b) => a - b)).toEqual([0, 0, 1000]);
    await until(async () => (await temp!.db.outbox.count({ where: { status: { not: "sent" } } })) === 0);
    for (const i of instances) await i.sender.stop();
    expect(log.byRow.size).toBe(1000);
    expect([...log.byRow.values()].every((senders) => senders.length === 1)).toBe(true);
    // 200 people, one message each (their 5 reminders batched), shared by the three senders.
    const total = log.messages.reduce((a, b) => a + b, 0);
    console.log(
      `${TEST_DATABASE}: ${total} messages sent by the three instances: ${log.messages.join(" / ")}`,
    );
    expect(total).toBe(200);
    for (const n of log.messages) expect(n).toBeGreaterThan(total / 10);
  }, 120_000);

  it("three instances sending together keep to one bot's rate: at most 30 messages in any second, in all", async () => {
    const clock = at();
    temp = await province(clock);
    await enqueueDueReminders({ db: temp.db, clock }, clock.now());
    const dbs = await connections(temp.url);
    // Real time for the pace: each instance's throttle is the one a running app has (28/s).
    const sentAt: number[] = [];
    const perInstance = [0, 0, 0];
    const senders = dbs.map((db, i) => {
      const channel = new (class extends RecordingChannel {
        override async sendReminders(b: ReminderBatch) {
          sentAt.push(Date.now());
          perInstance[i]!++;
          return super.sendReminders(b);
        }
      })(clock);
      return createOutboxSender(
        { db, clock },
        { channels: { telegram: { adapter: channel, throttle: new SendThrottle() } }, logger, batchSize: 10 },
      );
    });
    const start = Date.now();
    await Promise.all(senders.map((s) => s.drain()));
    const seconds = (Date.now() - start) / 1000;
    for (const s of senders) await s.stop();
    expect(sentAt).toHaveLength(200); // 200 people, their 5 reminders in one message each
    sentAt.sort((a, b) => a - b);
    /** The most messages sent within one second, among windows starting `from` ms after the first. */
    const busiest = (from: number) => {
      let most = 0;
      for (let i = 0, j = 0; i < sentAt.length; i++) {
        while (sentAt[i]! - sentAt[j]! >= 1000 || sentAt[j]! - sentAt[0]! < from) j++;
        most = Math.max(most, i - j + 1);
      }
      return most;
    };
    console.log(
      `${TEST_DATABASE}: 200 messages by three senders (${perInstance.join(" / ")}) in ${seconds.toFixed(1)} s; busiest second ${busiest(0)}, after the first ${busiest(1000)}`,
    );
    // Telegram's limit for one bot, whoever sends: about 30. Each of the three keeps to 9 in any
    // second by its own clock (27 in all); the times here are taken once a send's call runs, so
    // scheduling jitter can put one more of each into a window. A sender learns of the others at
    // its next batch: in the first second the three may briefly exceed it (a 429 then holds the
    // sender off). Without the sharing: 66.
    expect(busiest(1000)).toBeLessThanOrEqual(30 + 2);
    expect(busiest(0)).toBeLessThanOrEqual(40);
    for (const n of perInstance) expect(n).toBeGreaterThan(20); // and the three did share the work
    // Senders out of work count for one more second (their last sends), then no longer: one
    // alone gets the whole rate again.
    const next = new SenderPresence({ db: temp.db, clock });
    expect(await next.sending()).toBe(4);
    clock.t = new Date(clock.t.getTime() + 1001);
    expect(await next.sending()).toBe(1);
  }, 60_000);

  it("claims at the same moment take different rows, none comes back empty while rows are due", async () => {
    const clock = at();
    temp = await province(clock);
    await enqueueDueReminders({ db: temp.db, clock }, clock.now());
    const dbs = await connections(temp.url);
    const leases = dbs.map((db) => new OutboxLease({ db, clock }));
    const claimed = await Promise.all(leases.map((l) => l.claim(10)));
    expect(claimed.map((ids) => ids.length)).toEqual([10, 10, 10]);
    expect(new Set(claimed.flat()).size).toBe(30);
    // A filtered claim (the other due reminders of one person) takes only that person's rows.
    const one = await temp.db.outbox.findFirstOrThrow({ where: { status: "pending" } });
    const theirs = await leases[0]!.claim(50, {
      kind: "reminder",
      recipientMemberIds: [one.recipientMemberId!],
    });
    expect(theirs).toContain(one.id);
    const rows = await temp.db.outbox.findMany({ where: { id: { in: theirs } } });
    expect(rows.every((r) => r.recipientMemberId === one.recipientMemberId && r.status === "claimed")).toBe(
      true,
    );
    expect(await leases[1]!.claim(10, { recipientMemberIds: [] })).toEqual([]);
  });

  it("batches claimed at the same moment each hold whole people, even when the limit cuts one", async () => {
    const clock = at();
    temp = await province(clock);
    await enqueueDueReminders({ db: temp.db, clock }, clock.now());
    const dbs = await connections(temp.url);
    const leases = dbs.flatMap((db) => [new OutboxLease({ db, clock }), new OutboxLease({ db, clock })]);
    // 3 rows reach one person, whose 2 other reminders come with them: six batches of 5 rows.
    const batches = await Promise.all(leases.map((l) => l.claimBatch(3, 20)));
    const rows = await temp.db.outbox.findMany({ where: { status: "claimed" } });
    const personOf = new Map(rows.map((r) => [r.id, r.recipientMemberId]));
    const holders = new Map<string | null | undefined, Set<number>>();
    batches.forEach((ids, i) => {
      for (const id of ids)
        holders.set(personOf.get(id), (holders.get(personOf.get(id)) ?? new Set()).add(i));
    });
    expect(batches.map((ids) => ids.length)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(holders.size).toBe(6);
    expect([...holders.values()].every((held) => held.size === 1)).toBe(true);
  });

  it.skipIf(TEST_DATABASE !== "postgres")(
    "PostgreSQL: rows locked by another transaction are skipped, not waited for",
    async () => {
      const clock = at();
      temp = await province(clock);
      await enqueueDueReminders({ db: temp.db, clock }, clock.now());
      const client = new pg.Client({ connectionString: temp.url });
      await client.connect();
      try {
        await client.query("BEGIN");
        const locked = await client.query<{ id: string }>(
          `SELECT "id" FROM "Outbox" ORDER BY "nextAttemptAt", "recipientMemberId", "id" LIMIT 25 FOR UPDATE`,
        );
        const lockedIds = new Set(locked.rows.map((r) => r.id));
        expect(lockedIds.size).toBe(25);
        // If the claim waited for the lock it would not settle before the ROLLBACK below.
        const claim = new OutboxLease({ db: temp.db, clock }).claim(10);
        const outcome = await Promise.race([
          claim,
          new Promise<"waited">((r) => setTimeout(() => r("waited"), 15_000)),
        ]);
        expect(outcome).not.toBe("waited");
        const ids = outcome as string[];
        expect(ids).toHaveLength(10);
        expect(ids.filter((id) => lockedIds.has(id))).toEqual([]);
      } finally {
        await client.query("ROLLBACK");
        await client.end();
      }
    },
  );
});
