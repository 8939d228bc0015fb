import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createHousekeepingTicker } from "../../src/scheduler/housekeeping-ticker.ts";
import { SenderPresence } from "../../src/services/outbox/sender-presence.ts";
import { saveDraft } from "../../src/services/reporting/report-drafts.ts";
import { saveWizard } from "../../src/services/reporting/report-wizard-store.ts";
import type { WizardState } from "../../src/domain/replies/report-wizard.ts";
import { MovableClock } from "../support/reminder-world.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

const DAY = 86_400_000;

describe("housekeeping keeps the bookkeeping tables bounded", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => temp?.close());

  it("deletes old update records (keeping the newest and unfinished ones) and drafts untouched 30 days", async () => {
    temp = await tempDatabase();
    const db = temp.db;
    const now = new Date();
    const clock = new MovableClock(now);
    const ticker = createHousekeepingTicker({ deps: { db, clock }, logger: pino({ level: "silent" }) });

    // 12,000 update records from 10 days ago, 50 from today, one old claim still being handled.
    const old = new Date(now.getTime() - 10 * DAY);
    for (let start = 0; start < 12_000; start += 2000) {
      await db.processedUpdate.createMany({
        data: Array.from({ length: 2000 }, (_, i) => ({
          channel: "telegram",
          updateId: String(1000 + start + i),
          processedAt: new Date(old.getTime() + start + i),
        })),
      });
    }
    await db.processedUpdate.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        channel: "telegram",
        updateId: String(50_000 + i),
        processedAt: new Date(now.getTime() - i * 60_000),
      })),
    });
    await db.processedUpdate.create({
      data: { channel: "telegram", updateId: "999", status: "handling", payload: "{}", processedAt: old },
    });
    // A zalo record from long ago is that channel's newest: it stays.
    await db.processedUpdate.create({ data: { channel: "zalo", updateId: "z1", processedAt: old } });

    // Drafts and guided reports through their own stores, plus a session that is neither.
    const draft = (id: string) =>
      saveDraft(
        { db },
        {
          id,
          memberId: "m",
          assignmentId: "a",
          periodId: "p",
          value: {} as never,
          status: "in-progress",
          warnings: [],
          channel: "telegram",
          sourceText: null,
          attachments: [],
          createdAt: now.toISOString(),
        },
      );
    for (let i = 0; i < 30; i++) await draft(`old-${i}`);
    await saveWizard({ db }, "telegram", "42", { step: "item" } as unknown as WizardState);
    await db.session.create({ data: { key: "conversation:42", value: "{}" } });

    // Today: the update records of 10 days ago go, in bounded runs; drafts are all recent.
    const first = await ticker.tick();
    expect(first).toEqual({ updates: 10_000, drafts: 0, senders: 0 }); // one run deletes at most 20 batches of 500
    expect(await ticker.tick()).toEqual({ updates: 2000, drafts: 0, senders: 0 });
    expect(await ticker.tick()).toEqual({ updates: 0, drafts: 0, senders: 0 });
    const left = await db.processedUpdate.findMany({
      select: { channel: true, updateId: true, status: true },
    });
    expect(left).toHaveLength(50 + 2);
    expect(left.filter((r) => r.status === "handling").map((r) => r.updateId)).toEqual(["999"]);
    expect(left.filter((r) => r.channel === "zalo")).toHaveLength(1);

    // A month and a day later: drafts untouched since go; one touched yesterday stays. Of the
    // update records only the newest and the unfinished claim stay.
    clock.t = new Date(now.getTime() + 31 * DAY);
    await db.session.update({
      where: { key: "draft:old-0" },
      data: { updatedAt: new Date(clock.t.getTime() - DAY) },
    });
    expect(await ticker.tick()).toEqual({ updates: 49, drafts: 30, senders: 0 }); // 29 drafts and the guided report
    const sessions = (await db.session.findMany({ select: { key: true } })).map((s) => s.key).sort();
    expect(sessions).toEqual(["conversation:42", "draft:old-0"]);
    const kept = await db.processedUpdate.findMany({
      select: { updateId: true },
      orderBy: { updateId: "asc" },
    });
    expect(kept.map((r) => r.updateId)).toEqual(["50000", "999", "z1"]);
  });

  it("deletes the rows of outbox senders that died, not those of senders alive, nor other leases", async () => {
    temp = await tempDatabase();
    const db = temp.db;
    const clock = new MovableClock(new Date("2023-03-10T03:00:00Z"));
    const ticker = createHousekeepingTicker({ deps: { db, clock }, logger: pino({ level: "silent" }) });
    const alive = new SenderPresence({ db, clock });
    expect(await alive.sending()).toBe(1);
    const dead = new SenderPresence({ db, clock }); // killed while sending: never said it was idle
    expect(await dead.sending()).toBe(2);
    await db.lease.create({
      data: { name: "scheduler:reminders", holder: "h", acquiredAt: clock.now(), expiresAt: clock.now() },
    });
    clock.t = new Date(clock.t.getTime() + 31_000);
    expect(await alive.sending()).toBe(1); // the dead one's row lapsed: no longer counted
    clock.t = new Date(clock.t.getTime() + 3_600_000);
    await alive.sending();
    expect(await ticker.tick()).toEqual({ updates: 0, drafts: 0, senders: 1 });
    const names = (await db.lease.findMany({ select: { name: true } })).map((l) => l.name);
    expect(names).toHaveLength(2);
    expect(names).toContain("scheduler:reminders"); // other leases are not the sender rows'
  });
});
