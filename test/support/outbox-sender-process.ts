// A real second process for outbox tests: optionally ticks (queues reminders and digests), then
// sends until nothing is due, recording each delivery in a shared file (FileChannel).
// Environment: DATABASE_URL, SENT_LOG, LEASE_MS, BATCH, CLOCK (fixed ISO instant), TICK=1,
// START_AT (epoch ms to wait for), SEND_DELAY_MS, HANG_AFTER=k (the sends after the k-th never
// return: a process stuck mid fan-out), STALL_AFTER=k + STALL_MS (the whole process freezes,
// event loop included, before its (k+1)-th send).
import { pino } from "pino";
import { openDatabase } from "../../src/db/open-database.ts";
import { enqueueDueDigests } from "../../src/services/summary/enqueue-due-digests.ts";
import { enqueueDueReminders } from "../../src/services/reminders/enqueue-due-reminders.ts";
import { emptySendResult, sendDueOutbox } from "../../src/services/outbox/send-due-outbox.ts";
import { SendThrottle } from "../../src/services/outbox/send-throttle.ts";
import { systemClock, type Clock } from "../../src/services/service-deps.ts";
import { FileChannel } from "./outbox-world.ts";

const env = process.env;
const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
const fixed = env.CLOCK;
const clock: Clock = fixed ? { now: () => new Date(fixed) } : systemClock;
const hangAfter = num(env.HANG_AFTER, Infinity);
const sendDelay = num(env.SEND_DELAY_MS, 0);

class StallingThrottle extends SendThrottle {
  private waits = 0;
  override async wait(chatId: string): Promise<void> {
    if (++this.waits === num(env.STALL_AFTER, -1) + 1) {
      // A freeze between writes. Writes are committed in groups (src/db/sqlite-group-commit.ts),
      // a group within a few turns of the event loop; frozen while a group is open, the process
      // would hold the file's write lock, and the other sender would wait for it (as for a freeze
      // inside a transaction) instead of taking the rows over, which is what this scenario tests.
      for (let turn = 0; turn < 8; turn++) await new Promise((r) => setImmediate(r));
      process.stdout.write(`stalling ${Date.now()}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, num(env.STALL_MS, 0));
      process.stdout.write(`resumed ${Date.now()}\n`);
    }
    return super.wait(chatId);
  }
}

async function main() {
  const db = await openDatabase(env.DATABASE_URL ?? "");
  const deps = { db, clock };
  const logger = pino({ level: env.TEST_LOG === "1" ? "debug" : "silent" }, process.stderr);
  const channel = new FileChannel(env.SENT_LOG ?? "", async (n) => {
    if (n > hangAfter) await new Promise(() => undefined);
    if (sendDelay > 0) await new Promise((r) => setTimeout(r, sendDelay));
  });
  const startAt = num(env.START_AT, 0);
  if (startAt > Date.now()) await new Promise((r) => setTimeout(r, startAt - Date.now()));
  if (env.TICK === "1") {
    await enqueueDueReminders(deps, clock.now());
    await enqueueDueDigests(deps, { weekday: 1, time: "08:00", afterDeadline: true });
  }
  const total = emptySendResult();
  const options = {
    channels: { telegram: { adapter: channel, throttle: new StallingThrottle(1000, 0) } },
    logger,
    leaseMs: num(env.LEASE_MS, 2000),
    batchSize: num(env.BATCH, 10),
  };
  for (;;) {
    const r = await sendDueOutbox(deps, options);
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
    const open = await db.outbox.count({ where: { status: { in: ["pending", "claimed"] } } });
    if (open === 0) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  process.stdout.write(`${JSON.stringify(total)}\n`);
  await db.$disconnect();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
