// The 2023 Bắc Kạn plan through a whole year with a controlled clock, on a real SQLite file.
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeDelivery, reminderWorld, type World } from "../support/reminder-world.ts";

/** Ticks every day at 08:00 and 14:00 local, from `from` to `to` inclusive; `each` runs first. */
async function runDays(w: World, from: string, to: string, each?: (date: string) => Promise<void>) {
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 })) {
    const date = d.toISODate()!;
    await each?.(date);
    await w.tickAt(`${date}T08:00:00`);
    await w.tickAt(`${date}T14:00:00`);
  }
}

async function people(w: World) {
  const hoa = await w.join("focal-point", "LDTBXH", "Hoa (LĐTBXH)");
  const boss = await w.join("leader", "LDTBXH", "Trưởng phòng LĐTBXH");
  const office = await w.join("standing-office", "VP", "Văn phòng");
  const tp = await w.join("focal-point", "TP", "Tư pháp");
  const vh = await w.join("focal-point", "VHTT", "Văn hóa");
  const names = new Map(
    [hoa, boss, office, tp, vh].map((p, i) => [p.chatId, ["Hoa", "Sếp", "VP", "TP", "VH"][i]!]),
  );
  return { hoa, boss, office, tp, vh, names };
}

/** Deliveries as "date time period item step → who", in time order (same-instant ones by text). */
const lines = (w: World, names: Map<string, string>, who?: string) =>
  w.channel.delivered
    .map((d) => describeDelivery(d, names))
    .filter((l) => who === undefined || l.endsWith(`→ ${who}`))
    .sort();

describe("a year of reminders", () => {
  let w: World;
  beforeEach(async () => {
    w = await reminderWorld();
  });
  afterEach(() => w.close());

  it("sends exactly the expected reminders, escalates, and none for reports already in", async () => {
    const p = await people(w);
    await runDays(w, "2023-01-02", "2024-02-20", async (date) => {
      if (date === "2023-03-01") await w.report("VHTT", "DA6", "2023-Q1");
      if (date === "2023-06-09") await w.report("TP", "DA10.TDA1.ND2", "2023-Q2");
    });
    expect(lines(w, p.names, "Hoa")).toEqual([
      "2023-03-08 08:00 2023-Q1 DA5.TDA3 before-7d → Hoa",
      "2023-03-13 08:00 2023-Q1 DA5.TDA3 before-3d → Hoa", // 12/03 is a Sunday
      "2023-03-14 08:00 2023-Q1 DA5.TDA3 before-1d → Hoa",
      "2023-03-15 08:00 2023-Q1 DA5.TDA3 due → Hoa",
      "2023-03-16 08:00 2023-Q1 DA5.TDA3 after-1d → Hoa",
      "2023-03-20 08:00 2023-Q1 DA5.TDA3 after-3d → Hoa", // 18/03 is a Saturday
      "2023-06-08 08:00 2023-Q2 DA5.TDA3 before-7d → Hoa",
      "2023-06-12 08:00 2023-Q2 DA5.TDA3 before-3d → Hoa",
      "2023-06-14 08:00 2023-Q2 DA5.TDA3 before-1d → Hoa",
      "2023-06-15 08:00 2023-Q2 DA5.TDA3 due → Hoa",
      "2023-06-16 08:00 2023-Q2 DA5.TDA3 after-1d → Hoa",
      "2023-06-19 08:00 2023-Q2 DA5.TDA3 after-3d → Hoa",
      "2023-09-05 08:00 2023-H1 DA5.TDA3 before-3d → Hoa", // before-7d falls in the National Day holiday: one reminder
      "2023-09-07 08:00 2023-H1 DA5.TDA3 before-1d → Hoa",
      "2023-09-08 08:00 2023-H1 DA5.TDA3 due → Hoa", // 10/09 is a Sunday: the deadline moved to Friday 08/09
      "2023-09-08 08:00 2023-Q3 DA5.TDA3 before-7d → Hoa",
      "2023-09-11 08:00 2023-H1 DA5.TDA3 after-3d → Hoa",
      "2023-09-12 08:00 2023-Q3 DA5.TDA3 before-3d → Hoa",
      "2023-09-14 08:00 2023-Q3 DA5.TDA3 before-1d → Hoa",
      "2023-09-15 08:00 2023-Q3 DA5.TDA3 due → Hoa",
      "2023-09-18 08:00 2023-Q3 DA5.TDA3 after-3d → Hoa", // after-1d (Saturday) and after-3d meet on Monday: one
      "2023-12-08 08:00 2023-Q4 DA5.TDA3 before-7d → Hoa",
      "2023-12-12 08:00 2023-Q4 DA5.TDA3 before-3d → Hoa",
      "2023-12-14 08:00 2023-Q4 DA5.TDA3 before-1d → Hoa",
      "2023-12-15 08:00 2023-Q4 DA5.TDA3 due → Hoa",
      "2023-12-18 08:00 2023-Q4 DA5.TDA3 after-3d → Hoa",
      "2024-01-18 08:00 2023-Y DA5.TDA3 before-7d → Hoa",
      "2024-01-22 08:00 2023-Y DA5.TDA3 before-3d → Hoa",
      "2024-01-24 08:00 2023-Y DA5.TDA3 before-1d → Hoa",
      "2024-01-25 08:00 2023-Y DA5.TDA3 due → Hoa",
      "2024-01-26 08:00 2023-Y DA5.TDA3 after-1d → Hoa",
      "2024-01-29 08:00 2023-Y DA5.TDA3 after-3d → Hoa",
    ]);
    expect(lines(w, p.names, "Sếp")).toEqual([
      "2023-03-16 08:00 2023-Q1 DA5.TDA3 after-1d → Sếp",
      "2023-03-20 08:00 2023-Q1 DA5.TDA3 after-3d → Sếp",
      "2023-06-16 08:00 2023-Q2 DA5.TDA3 after-1d → Sếp",
      "2023-06-19 08:00 2023-Q2 DA5.TDA3 after-3d → Sếp",
      "2023-09-11 08:00 2023-H1 DA5.TDA3 after-3d → Sếp",
      "2023-09-18 08:00 2023-Q3 DA5.TDA3 after-3d → Sếp",
      "2023-12-18 08:00 2023-Q4 DA5.TDA3 after-3d → Sếp",
      "2024-01-26 08:00 2023-Y DA5.TDA3 after-1d → Sếp",
      "2024-01-29 08:00 2023-Y DA5.TDA3 after-3d → Sếp",
    ]);
    // The standing office hears only escalations (after-3d), for every agency still missing.
    expect(new Set(lines(w, p.names, "VP").map((l) => l.split(" ")[4]))).toEqual(new Set(["after-3d"]));
    expect(lines(w, p.names, "VP").filter((l) => l.includes("2023-Q1 DA6"))).toEqual([]); // VHTT reported Q1
    // Reports already in: no Q1 reminder for VHTT; TP's ND2 stops after its Q2 report, ND3 goes on.
    expect(lines(w, p.names, "VH").filter((l) => l.includes("2023-Q1"))).toEqual([]);
    expect(lines(w, p.names, "TP").filter((l) => l.includes("2023-Q2 DA10.TDA1.ND2"))).toEqual([
      "2023-06-08 08:00 2023-Q2 DA10.TDA1.ND2 before-7d → TP",
    ]);
    expect(lines(w, p.names, "TP").filter((l) => l.includes("2023-Q2 DA10.TDA1.ND3"))).toHaveLength(6);
    // Sent only inside working hours on working days.
    for (const d of w.channel.delivered) {
      const t = DateTime.fromISO(d.at, { zone: "Asia/Ho_Chi_Minh" });
      expect(t.weekday).toBeLessThanOrEqual(5);
      expect(t.hour >= 8 && t.hour < 17).toBe(true);
    }
    // Batching: reminders of one person due at the same tick go out as one message. Counted per
    // item above (unchanged, 202 items, one message each before batching); as messages, TP's two
    // items, VH's items and the office's escalations of several agencies share one: 102 messages.
    expect({ items: w.channel.delivered.length, messages: w.channel.messages.length }).toEqual({
      items: 202,
      messages: 102,
    });
    // Every row in the outbox is unique and was sent once.
    const keys = w.channel.delivered.map((d) => `${d.outboxId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("a year with random downtime and ticks at any hour: no message ever outside working time", async () => {
    const p = await people(w);
    const random = mulberry32(16);
    const holidays = new Set((await w.db.holiday.findMany()).map((h) => h.date));
    let downUntil = DateTime.fromISO("2023-01-01");
    for (
      let d = DateTime.fromISO("2023-01-02");
      d <= DateTime.fromISO("2024-02-20");
      d = d.plus({ days: 1 })
    ) {
      // Ticks at 08:00 and 14:00 as usual, and at a random hour (night, weekend) a third of days.
      const hours = [8, 14, ...(random() < 0.33 ? [Math.floor(random() * 24)] : [])].sort((a, b) => a - b);
      for (const hour of hours) {
        const at = d.set({ hour });
        if (at < downUntil) continue;
        // One tick in twelve starts a downtime of 2 to 80 hours (restarts at any hour).
        if (random() < 1 / 12) downUntil = at.plus({ hours: 2 + Math.floor(random() * 78) });
        await w.tickAt(at.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
      }
    }
    expect(w.channel.messages.length).toBeGreaterThan(50);
    for (const m of w.channel.messages) {
      const t = DateTime.fromISO(m.at, { zone: "Asia/Ho_Chi_Minh" });
      expect(t.weekday <= 5 && t.hour >= 8 && t.hour < 17 && !holidays.has(t.toISODate()!)).toBe(true);
    }
    // Still one reminder per step, item, period and person; downtime never doubles a message.
    const steps = w.channel.delivered.map((d) => `${d.item.code}|${d.period.key}|${d.step}|${d.chatId}`);
    expect(new Set(steps).size).toBe(steps.length);
    const perTick = new Set(w.channel.messages.map((m) => `${m.at}|${m.chatId}`));
    expect(perTick.size).toBe(w.channel.messages.length); // one message per person per tick
    expect(lines(w, p.names, "Hoa").length).toBeGreaterThan(0);
  });

  it("restarts at random points and a second scheduler on the same database change nothing", async () => {
    const p = await people(w);
    await runDays(w, "2023-03-01", "2023-06-30");
    const baseline = lines(w, p.names);
    await w.close();

    // The same months again: a fresh world, two schedulers ticking at once, restarts at random days.
    w = await reminderWorld();
    const q = await people(w);
    let second = await w.secondTicker();
    const random = mulberry32(7);
    for (
      let d = DateTime.fromISO("2023-03-01");
      d <= DateTime.fromISO("2023-06-30");
      d = d.plus({ days: 1 })
    ) {
      if (random() < 0.15) {
        await second.close(); // "restart" the second instance
        second = await w.secondTicker();
      }
      for (const hour of ["08:00", "14:00"]) {
        w.clock.set(`${d.toISODate()}T${hour}:00`);
        await Promise.all([w.ticker.tick(), second.ticker.tick()]);
      }
    }
    await second.close();
    const again = lines(w, q.names);
    expect(again).toEqual(baseline);
    const sentRows = await w.db.outbox.count({ where: { kind: "reminder", status: "sent" } });
    expect(sentRows).toBe(w.channel.delivered.length);
  });

  it("downtime over a deadline: one catch-up per assignment, period and person, no burst", async () => {
    const p = await people(w);
    await runDays(w, "2023-03-01", "2023-03-09");
    await runDays(w, "2023-03-21", "2023-03-21"); // down from 10/03 to 20/03
    expect(lines(w, p.names, "Hoa")).toEqual([
      "2023-03-08 08:00 2023-Q1 DA5.TDA3 before-7d → Hoa",
      "2023-03-21 08:00 2023-Q1 DA5.TDA3 after-3d → Hoa",
    ]);
    const catchUp = w.channel.delivered.filter((d) => d.at.startsWith("2023-03-21"));
    const perKey = new Set(catchUp.map((d) => `${d.item.code}|${d.period.key}|${d.chatId}`));
    expect(perKey.size).toBe(catchUp.length);
  });

  it("starting on an old plan, or after a long outage, floods nobody", async () => {
    await people(w);
    await w.tickAt("2026-11-27T09:00:00");
    await w.tickAt("2023-04-20T09:00:00"); // five weeks after Q1's deadline
    expect(w.channel.delivered).toEqual([]);
  });

  it("a person who blocked the bot is marked unreachable, the office is told, nothing retries", async () => {
    const p = await people(w);
    w.channel.blocked.add(p.hoa.chatId);
    await w.tickAt("2023-03-08T08:00:00");
    expect(await w.db.chatIdentity.count({ where: { unreachableAt: { not: null } } })).toBe(1);
    expect(w.channel.notices).toEqual([`${p.office.chatId}:Hoa (LĐTBXH)`]);
    await w.tickAt("2023-03-13T08:00:00");
    expect(lines(w, p.names, "Hoa")).toEqual([]);
    expect(await w.db.outbox.count({ where: { kind: "reminder", status: "unreachable" } })).toBe(1);
  });

  it("a failed send is retried later and is not lost", async () => {
    const p = await people(w);
    w.channel.failNextTo.add(p.hoa.chatId); // a 429 that outlasted the API client's own retries (retry_after 1 s)
    await w.tickAt("2023-03-08T08:00:00");
    expect(lines(w, p.names, "Hoa")).toEqual([]);
    const row = await w.db.outbox.findFirstOrThrow({
      where: { kind: "reminder", recipientMemberId: p.hoa.memberId },
    });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "Too Many Requests" });
    expect(row.nextAttemptAt.toISOString()).toBe("2023-03-08T01:00:01.000Z");
    await w.tickAt("2023-03-08T08:01:00");
    await w.tickAt("2023-03-08T08:02:00");
    expect(lines(w, p.names, "Hoa")).toEqual(["2023-03-08 08:01 2023-Q1 DA5.TDA3 before-7d → Hoa"]);
  });

  it("a pause for an agency or a period stops its reminders until resumed", async () => {
    const p = await people(w);
    const office = { memberId: p.office.memberId, role: "standing-office" as const, agencyId: null };
    const { pauseReminders, resumeReminders } =
      await import("../../src/services/reminders/pause-reminders.ts");
    await pauseReminders({ db: w.db, clock: w.clock }, { actor: office, code: "LDTBXH" });
    await runDays(w, "2023-03-08", "2023-03-14");
    expect(lines(w, p.names, "Hoa")).toEqual([]);
    expect(lines(w, p.names, "TP").length).toBeGreaterThan(0);
    await resumeReminders({ db: w.db, clock: w.clock }, { actor: office, code: "LDTBXH" });
    await runDays(w, "2023-03-15", "2023-03-15");
    expect(lines(w, p.names, "Hoa")).toEqual(["2023-03-15 08:00 2023-Q1 DA5.TDA3 due → Hoa"]);
  });
});

/** A small seeded random generator: the "random" restart points are the same on every run. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
