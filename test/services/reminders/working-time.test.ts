// Reminders only in working time, with a controlled clock on a real SQLite file: downtime over a
// weekend or a night, snoozes and re-sends at night, digests on a holiday.
import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboxSender } from "../../../src/services/outbox/create-outbox-sender.ts";
import { enqueueDueDigests } from "../../../src/services/summary/enqueue-due-digests.ts";
import { findReminderTarget } from "../../../src/services/reminders/find-reminder-target.ts";
import { previewReminders } from "../../../src/services/reminders/reminder-preview.ts";
import { resendReminder } from "../../../src/services/reminders/resend-reminder.ts";
import { snoozeReminder } from "../../../src/services/reminders/snooze-reminder.ts";
import { instantThrottle, reminderWorld, type World } from "../../support/reminder-world.ts";

const local = (d: Date | string) =>
  DateTime.fromJSDate(typeof d === "string" ? new Date(d) : d, { zone: "Asia/Ho_Chi_Minh" }).toFormat(
    "yyyy-MM-dd HH:mm",
  );

/** Ticks every hour from `from` to `to` (local, inclusive), as a scheduler that is up. */
async function hourly(w: World, from: string, to: string) {
  for (let t = DateTime.fromISO(from); t <= DateTime.fromISO(to); t = t.plus({ hours: 1 }))
    await w.tickAt(t.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
}

async function people(w: World) {
  const hoa = await w.join("focal-point", "LDTBXH", "Hoa");
  const boss = await w.join("leader", "LDTBXH", "Sếp");
  const office = await w.join("standing-office", "VP", "VP");
  const tp = await w.join("focal-point", "TP", "TP");
  return { hoa, boss, office, tp };
}

describe("reminders in working time only", () => {
  let w: World;
  beforeEach(async () => {
    w = await reminderWorld();
  });
  afterEach(() => w.close());

  it("preview on a Sunday (issue 16's example) lists nothing and says when the next opening is", async () => {
    await people(w);
    const sunday = await previewReminders(
      { db: w.db, clock: w.clock },
      new Date("2023-06-25T10:00:00+07:00"),
    );
    expect(sunday.rows).toEqual([]);
    expect(local(sunday.opening!)).toBe("2023-06-26 08:00");
    const monday = await previewReminders(
      { db: w.db, clock: w.clock },
      new Date("2023-06-26T08:00:00+07:00"),
    );
    expect(monday.opening).toBeNull();
    expect(new Set(monday.rows.map((r) => r.step))).toEqual(new Set(["after-3d"]));
    // By construction: what a tick then sends is what the preview listed.
    await w.tickAt("2023-06-26T08:00:00");
    expect(w.channel.delivered).toHaveLength(monday.rows.length);
  });

  it("downtime from Friday 17:30 to Sunday 10:00 across after-3d: nothing Sunday, one message per person Monday 08:00", async () => {
    const p = await people(w);
    await hourly(w, "2023-06-15T08:00:00", "2023-06-16T17:00:00");
    await w.tickAt("2023-06-16T17:30:00");
    const before = w.channel.messages.length;
    await hourly(w, "2023-06-18T10:00:00", "2023-06-19T09:00:00"); // back up on Sunday 10:00
    const after = w.channel.messages.slice(before);
    expect(after.every((m) => local(m.at) === "2023-06-19 08:00")).toBe(true);
    const perChat = new Map<string, number>();
    for (const m of after) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(perChat.keys())).toEqual(
      new Set([p.hoa.chatId, p.boss.chatId, p.office.chatId, p.tp.chatId]),
    );
    // TP owes two items (DA10.TDA1.ND2 and ND3): one message lists both, each row marked sent.
    const tpMessage = after.find((m) => m.chatId === p.tp.chatId)!;
    expect(tpMessage.outboxIds.length).toBeGreaterThan(1);
    const rows = await w.db.outbox.findMany({ where: { id: { in: tpMessage.outboxIds } } });
    expect(new Set(rows.map((r) => `${r.status}:${r.messageId}`)).size).toBe(1);
    expect(rows[0]!.status).toBe("sent");
    // A reply to the batched message names no one item (its text must); to a single one it does.
    const deps = { db: w.db, clock: w.clock };
    const reply = (memberId: string, messageId: string) =>
      findReminderTarget(deps, { memberId, channel: "telegram", messageId });
    expect(await reply(p.tp.memberId, rows[0]!.messageId!)).toBeNull();
    const hoaRow = await w.db.outbox.findFirstOrThrow({
      where: { recipientMemberId: p.hoa.memberId, status: "sent", step: "after-3d" },
    });
    expect(await reply(p.hoa.memberId, hoaRow.messageId!)).toEqual({
      assignmentId: hoaRow.assignmentId,
      periodId: hoaRow.periodId,
    });
    // "Later" on the batched message snoozes each of its items: one message again next morning.
    w.clock.set("2023-06-19T10:00:00");
    const tpActor = { memberId: p.tp.memberId, role: "focal-point" as const, agencyId: null };
    const snoozed = await snoozeReminder(deps, { actor: tpActor, outboxId: tpMessage.outboxIds[0]! });
    expect(snoozed.kind === "snoozed" && local(snoozed.until)).toBe("2023-06-20 08:00");
    const mark = w.channel.messages.length;
    await hourly(w, "2023-06-19T11:00:00", "2023-06-20T08:00:00");
    const again = w.channel.messages.slice(mark).filter((m) => m.chatId === p.tp.chatId);
    expect(again.map((m) => [local(m.at), m.outboxIds.length])).toEqual([["2023-06-20 08:00", 2]]);
  });

  it("downtime ending at 02:00 on a working day: the catch-up goes out at 08:00, also rows queued earlier", async () => {
    const p = await people(w);
    await w.tickAt("2023-06-14T08:00:00"); // before-1d
    // A row queued by an older version for the night: the sender holds it to the opening.
    const night = await w.db.outbox.findFirstOrThrow({ where: { recipientMemberId: p.hoa.memberId } });
    await w.db.outbox.create({
      data: {
        ...night,
        id: randomUUID(),
        key: `${night.key}:night`,
        step: "snooze-1",
        status: "pending",
        nextAttemptAt: new Date("2023-06-16T01:00:00+07:00"),
        sentAt: null,
        messageId: null,
        channel: null,
      },
    });
    const before = w.channel.delivered.length;
    await hourly(w, "2023-06-16T02:00:00", "2023-06-16T09:00:00");
    const caught = w.channel.delivered.slice(before);
    expect(caught.map((d) => local(d.at))).toEqual(caught.map(() => "2023-06-16 08:00"));
    expect(
      caught
        .filter((d) => d.chatId === p.hoa.chatId)
        .map((d) => d.step)
        .sort(),
    ).toEqual(["after-1d", "snooze-1"]);
  });

  it("a snooze that lands on a holiday goes out the next working morning", async () => {
    const p = await people(w);
    await w.tickAt("2023-03-08T08:00:00");
    const plan = await w.db.plan.findFirstOrThrow();
    await w.db.holiday.create({
      data: { id: randomUUID(), planId: plan.id, date: "2023-03-09", name: "test" },
    });
    const row = await w.db.outbox.findFirstOrThrow({ where: { recipientMemberId: p.hoa.memberId } });
    w.clock.set("2023-03-08T10:00:00");
    const actor = { memberId: p.hoa.memberId, role: "focal-point" as const, agencyId: row.assignmentId };
    const r = await snoozeReminder({ db: w.db, clock: w.clock }, { actor, outboxId: row.id });
    expect(r.kind === "snoozed" && local(r.until)).toBe("2023-03-10 08:00");
    await hourly(w, "2023-03-09T00:00:00", "2023-03-10T09:00:00");
    const snoozes = w.channel.delivered.filter((d) => d.step.startsWith("snooze-"));
    expect(snoozes.map((d) => local(d.at))).toEqual(["2023-03-10 08:00"]);
  });

  it("a re-send tapped at 21:00 says when it goes out, and goes out then", async () => {
    const p = await people(w);
    await w.tickAt("2023-06-19T08:00:00"); // after-3d of Q2 went out as planned
    w.clock.set("2023-06-20T21:00:00");
    const office = { memberId: p.office.memberId, role: "standing-office" as const, agencyId: null };
    const a = await w.db.assignment.findFirstOrThrow({
      where: { agency: { code: "LDTBXH" }, mustReport: true },
    });
    const r = await resendReminder(
      { db: w.db, clock: w.clock },
      { actor: office, assignmentId: a.id, periodKey: "2023-Q2" },
    );
    expect({ queued: r.queued, at: local(r.at) }).toEqual({ queued: 1, at: "2023-06-21 08:00" });
    await hourly(w, "2023-06-20T21:00:00", "2023-06-21T08:00:00");
    expect(w.channel.delivered.filter((d) => d.step.startsWith("manual-")).map((d) => local(d.at))).toEqual([
      "2023-06-21 08:00",
    ]);
  });

  it("a digest due on a holiday goes out the next working morning", async () => {
    await people(w);
    const plan = await w.db.plan.findFirstOrThrow();
    await w.db.holiday.create({
      data: { id: randomUUID(), planId: plan.id, date: "2023-03-13", name: "test" },
    });
    await w.db.chatSubscription.create({
      data: { id: randomUUID(), planId: plan.id, channel: "telegram", chatId: "-1001", kind: "digest" },
    });
    const logger = pino({ level: "silent" });
    const sender = createOutboxSender(
      { db: w.db, clock: w.clock },
      { channels: { telegram: { adapter: w.channel, throttle: instantThrottle() } }, logger },
    );
    const settings = { weekday: 1, time: "08:00", afterDeadline: false };
    for (const at of ["2023-03-13T08:00:00", "2023-03-13T14:00:00", "2023-03-14T08:00:00"]) {
      w.clock.set(at);
      await enqueueDueDigests({ db: w.db, clock: w.clock }, settings);
      await sender.drain();
      if (at.startsWith("2023-03-13")) expect(w.channel.digests).toEqual([]);
    }
    expect(w.channel.digests).toEqual(["-1001"]);
    const row = await w.db.outbox.findFirstOrThrow({ where: { kind: "digest" } });
    expect(local(row.sentAt!)).toBe("2023-03-14 08:00");
  });
});
