// The one outbox across real processes on one SQLite file: kill -9 mid fan-out, a process that
// freezes past its lease while another sends, two instances ticking at the same instant.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { enqueueDueReminders } from "../../../src/services/reminders/enqueue-due-reminders.ts";
import { MovableClock } from "../../support/reminder-world.ts";
import { deliveries, outboxWorld } from "../../support/outbox-world.ts";
import type { TempDatabase } from "../../support/temp-database.ts";

interface Child {
  pid: number;
  out: string[];
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  waitFor(text: string): Promise<void>;
}

function sender(env: Record<string, string>): Child {
  const p = spawn(process.execPath, ["--import", "tsx", "test/support/outbox-sender-process.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const out: string[] = [];
  const waiters: (() => void)[] = [];
  p.stdout.on("data", (b: Buffer) => {
    out.push(...b.toString().split("\n").filter(Boolean));
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number | null>((r) => p.on("exit", (code) => r(code)));
  return {
    pid: p.pid ?? 0,
    out,
    exited,
    kill: (signal) => p.kill(signal),
    waitFor: async (text) => {
      while (!out.some((l) => l.startsWith(text))) await new Promise<void>((r) => waiters.push(r));
    },
  };
}

async function until(check: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exactlyOnce = (sent: Map<string, string[]>) => [...sent.values()].every((pids) => pids.length === 1);

describe("the outbox across processes", () => {
  let temp: TempDatabase | undefined;
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-outbox-proc-"));
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function queued(people: number) {
    const clock = new MovableClock(new Date("2023-03-08T01:00:00Z"));
    temp = await outboxWorld({ people, clock });
    const { added } = await enqueueDueReminders({ db: temp.db, clock }, clock.now());
    return { temp, added };
  }

  it("kill -9 in the middle of a fan-out: the rows come back when the lease lapses and go out once", async () => {
    const { temp, added } = await queued(40);
    expect(added).toBeGreaterThan(30);
    const log = path.join(dir, "kill.log");
    const a = sender({ DATABASE_URL: temp.url, SENT_LOG: log, LEASE_MS: "3000", HANG_AFTER: "5" });
    // Five messages (a message may carry several reminders of one person), then stuck on its 6th
    // send, the lease kept alive: wait until the log stops growing.
    let seen = -1;
    await until(async () => {
      const size = deliveries(log).size;
      const stable = size >= 5 && size === seen;
      seen = size;
      if (!stable) await new Promise((r) => setTimeout(r, 300));
      return stable;
    });
    const held = await temp.db.outbox.findMany({ where: { status: "claimed" }, select: { id: true } });
    expect(held.length).toBeGreaterThan(0);
    // A second instance sends everything else meanwhile and keeps polling for A's rows.
    const b = sender({ DATABASE_URL: temp.url, SENT_LOG: log, LEASE_MS: "3000" });
    await until(() => deliveries(log).size === added - held.length);
    a.kill("SIGKILL");
    const killedAt = Date.now();
    await a.exited;
    expect(await b.exited).toBe(0);
    const sent = deliveries(log);
    expect(sent.size).toBe(added);
    expect(exactlyOnce(sent)).toBe(true);
    const back = await temp.db.outbox.findMany({ where: { id: { in: held.map((h) => h.id) } } });
    expect(back.every((r) => r.status === "sent")).toBe(true);
    const delay = Math.max(...back.map((r) => r.sentAt!.getTime())) - killedAt;
    console.log(
      `kill -9: ${held.length} held rows re-sent ${(delay / 1000).toFixed(1)} s after the kill (lease 3 s)`,
    );
    expect(delay).toBeLessThan(3000 + 5000);
  }, 60_000);

  it("a process that freezes past its lease while another sends: nothing goes out twice", async () => {
    const { temp, added } = await queued(40);
    const log = path.join(dir, "stall.log");
    const common = { DATABASE_URL: temp.url, SENT_LOG: log, LEASE_MS: "1500", SEND_DELAY_MS: "20" };
    const startAt = String(Date.now() + 3000); // both running before the freeze
    const a = sender({ ...common, START_AT: startAt, STALL_AFTER: "3", STALL_MS: "6000" });
    const b = sender({ ...common, START_AT: startAt });
    expect(await b.exited).toBe(0);
    expect(await a.exited).toBe(0);
    const sent = deliveries(log);
    expect(sent.size).toBe(added);
    const doubled = [...sent.values()].filter((p) => p.length > 1).length;
    const lost = (JSON.parse(a.out.at(-1)!) as { lost: number }).lost;
    console.log(
      `stall 6 s past a 1.5 s lease: ${added} rows, ${doubled} sent twice, ${lost} given up by the frozen sender`,
    );
    // The frozen sender gives up every row it no longer owns. The only rows that can go out twice
    // are those already past their last ownership check, inside the send, when the process froze:
    // at most the messages in flight (2), each listing one person's reminders (batching). Before
    // the leases, the whole batch went out again.
    const perPerson = await temp.db.outbox.groupBy({ by: ["recipientMemberId"], _count: true });
    const mostInOneMessage = Math.max(...perPerson.map((g) => g._count));
    expect(doubled).toBeLessThanOrEqual(2 * mostInOneMessage);
    expect(lost).toBeGreaterThan(0);
    expect(await temp.db.outbox.count({ where: { status: "sent" } })).toBe(added);
  }, 60_000);

  it("two instances ticking at the same instant on one file: each reminder and digest once", async () => {
    const clock = new MovableClock(new Date("2023-03-20T01:05:00Z")); // Monday 08:05: weekly digest
    temp = await outboxWorld({ people: 30, groups: 2, clock });
    const log = path.join(dir, "twins.log");
    const env = {
      DATABASE_URL: temp.url,
      SENT_LOG: log,
      TICK: "1",
      CLOCK: clock.now().toISOString(),
      START_AT: String(Date.now() + 2500),
      BATCH: "5",
    };
    const [a, b] = [sender(env), sender(env)];
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    const rows = await temp.db.outbox.findMany();
    const sent = deliveries(log);
    expect(rows.filter((r) => r.kind === "digest")).toHaveLength(2);
    expect(rows.filter((r) => r.kind === "reminder").length).toBeGreaterThan(20);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    expect(sent.size).toBe(rows.length);
    expect(exactlyOnce(sent)).toBe(true);
    const pids = new Set([...sent.values()].flat());
    console.log(`two instances: ${rows.length} notifications, each once, sent by ${pids.size} processes`);
  }, 60_000);
});
