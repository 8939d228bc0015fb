// Absences with a controlled clock on a real SQLite file: while a focal point is away the other
// focal point (or the leader) is reminded in their place; on return, one summary.
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelAbsence } from "../../../src/services/reminders/cancel-absence.ts";
import { listAbsences } from "../../../src/services/reminders/list-absences.ts";
import { markAbsence } from "../../../src/services/reminders/mark-absence.ts";
import { describeDelivery, reminderWorld, type World } from "../../support/reminder-world.ts";

async function runDays(w: World, from: string, to: string) {
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 }))
    for (const hour of ["08:00", "14:00"]) await w.tickAt(`${d.toISODate()}T${hour}:00`);
}

describe("absences", () => {
  let w: World;
  beforeEach(async () => {
    w = await reminderWorld();
  });
  afterEach(() => w.close());

  it("a focal point away over a deadline: colleagues are reminded instead, the absent one gets one summary on return", async () => {
    const hoa = await w.join("focal-point", "LDTBXH", "Hoa");
    const boss = await w.join("leader", "LDTBXH", "Sếp");
    const tp = await w.join("focal-point", "TP", "TP");
    const tp2 = await w.join("focal-point", "TP", "TP2");
    const names = new Map([
      [hoa.chatId, "Hoa"],
      [boss.chatId, "Sếp"],
      [tp.chatId, "TP"],
      [tp2.chatId, "TP2"],
    ]);
    const deps = { db: w.db, clock: w.clock };
    w.clock.set("2023-06-09T09:00:00");
    const self = (m: { memberId: string }) => ({
      memberId: m.memberId,
      role: "focal-point" as const,
      agencyId: null,
    });
    await markAbsence(deps, { actor: self(hoa), memberId: hoa.memberId, range: "10/06 - 21/06" });
    await markAbsence(deps, { actor: self(tp), memberId: tp.memberId, range: "10/06 - 21/06" });
    // Another member may not mark Hoa away.
    await expect(
      markAbsence(deps, { actor: self(tp2), memberId: hoa.memberId, range: "01/07" }),
    ).rejects.toThrow();
    await runDays(w, "2023-06-12", "2023-06-23");
    const got = (who: string) =>
      w.channel.delivered.map((d) => describeDelivery(d, names)).filter((l) => l.endsWith(`→ ${who}`));
    expect(got("Hoa")).toEqual([]); // nothing while away, and no backlog after
    expect(got("TP")).toEqual([]);
    // The leader stands in for Hoa (no other focal point), saying so.
    const forHoa = w.channel.delivered.filter((d) => d.chatId === boss.chatId && d.period.key === "2023-Q2");
    expect(forHoa.map((d) => d.step)).toEqual(["before-3d", "before-1d", "due", "after-1d", "after-3d"]);
    expect(forHoa.every((d) => d.insteadOf?.name === "Hoa" && d.insteadOf.until === "2023-06-21")).toBe(true);
    // TP2 stands in for TP.
    const forTp = w.channel.delivered.filter((d) => d.chatId === tp2.chatId && d.period.key === "2023-Q2");
    expect(forTp.length).toBeGreaterThan(0);
    expect(forTp.every((d) => d.insteadOf?.name === "TP")).toBe(true);
    // Back on Thursday 22/06: one summary each, at the first opening, listing what is missing.
    // (sent in the same tick: in whichever order the database returns them)
    const returned = w.channel.returns.map((r) => [names.get(r.chatId), r.until]);
    expect(returned.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ["Hoa", "2023-06-21"],
      ["TP", "2023-06-21"],
    ]);
    const hoaBack = w.channel.returns.find((r) => r.chatId === hoa.chatId)!;
    expect(hoaBack.missing.map((m) => `${m.item.code} ${m.period.key}`)).toEqual(["DA5.TDA3 2023-Q2"]);
    const rows = await w.db.outbox.findMany({ where: { kind: "return" } });
    expect(
      rows.map(
        (r) => r.sentAt && DateTime.fromJSDate(r.sentAt).setZone("Asia/Ho_Chi_Minh").toFormat("dd/MM HH:mm"),
      ),
    ).toEqual(["22/06 08:00", "22/06 08:00"]);
    expect(await w.db.absence.count({ where: { returnNoticeAt: null } })).toBe(0);
  });

  it("an absence can be listed and cancelled; a cancelled absence changes nothing", async () => {
    const hoa = await w.join("focal-point", "LDTBXH", "Hoa");
    const deps = { db: w.db, clock: w.clock };
    const actor = { memberId: hoa.memberId, role: "focal-point" as const, agencyId: null };
    w.clock.set("2023-03-01T09:00:00");
    const a = await markAbsence(deps, { actor, memberId: hoa.memberId, range: "06/03 - 17/03" });
    expect(await listAbsences(deps, { actor })).toEqual([a]);
    await cancelAbsence(deps, { actor, absenceId: a.id });
    expect(await listAbsences(deps, { actor })).toEqual([]);
    await runDays(w, "2023-03-08", "2023-03-08");
    expect(w.channel.delivered.map((d) => d.chatId)).toEqual([hoa.chatId]);
    await runDays(w, "2023-03-20", "2023-03-20");
    expect(w.channel.returns).toEqual([]);
  });
});
