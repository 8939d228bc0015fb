// Starting the sandbox over: real SQLite, the seed plan; never on a database real people use.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AdjustableClock } from "../../../src/services/sandbox/adjustable-clock.ts";
import { AppError } from "../../../src/services/app-error.ts";
import { ensurePlanLoaded } from "../../../src/services/plan/ensure-plan-loaded.ts";
import { joinSandboxPersona, listSandboxPersonas } from "../../../src/services/sandbox/sandbox-personas.ts";
import { resetSandbox } from "../../../src/services/sandbox/sandbox-reset.ts";
import { systemClock } from "../../../src/services/service-deps.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

const TZ = "Asia/Ho_Chi_Minh";
let t: TempDatabase;

describe("sandbox personas and reset", () => {
  beforeEach(async () => {
    t = await tempDatabase();
    await ensurePlanLoaded({ db: t.db, clock: systemClock }, SEED_PLAN_FILE, TZ);
  });
  afterEach(() => t.close());

  it("joins once per persona; a leader has no agency; unknown personas are refused", async () => {
    const deps = { db: t.db, clock: systemClock };
    const join = (personaId: string) =>
      joinSandboxPersona(deps, { personaId, fullName: personaId, locale: "vi", inviteTtlDays: 7 });
    expect((await join("leader")).kind).toBe("joined");
    expect((await join("leader")).kind).toBe("already");
    const leader = await t.db.member.findFirstOrThrow();
    expect([leader.role, leader.agencyId]).toEqual(["leader", null]);
    await expect(join("focal-point:NOPE")).rejects.toEqual(new AppError("sandbox-unknown-persona"));
    const personas = await listSandboxPersonas(deps);
    expect(personas.filter((p) => p.memberId !== null).map((p) => p.id)).toEqual(["leader"]);
  });

  it("empties the database and imports the bundled plan again", async () => {
    const deps = { db: t.db, clock: systemClock };
    await joinSandboxPersona(deps, { personaId: "office", fullName: "VP", locale: "vi", inviteTtlDays: 7 });
    expect(await t.db.chatSubscription.count()).toBe(1);
    const result = await resetSandbox(deps, { planFile: SEED_PLAN_FILE, timezone: TZ });
    expect(result).toEqual({ kind: "imported", code: "bac-kan-2023" });
    expect(await t.db.member.count()).toBe(0);
    expect(await t.db.invite.count()).toBe(0);
    expect(await t.db.chatSubscription.count()).toBe(0);
    expect(await t.db.agency.count()).toBe(14);
  });

  it("refuses a database where real people joined (unless forced), and changes nothing", async () => {
    const deps = { db: t.db, clock: systemClock };
    const member = await t.db.member.create({
      data: { id: "m1", fullName: "Chị Lan", role: "admin", createdAt: new Date() },
    });
    await t.db.chatIdentity.create({
      data: {
        id: "i1",
        memberId: member.id,
        channel: "telegram",
        externalId: "42",
        chatId: "42",
        createdAt: new Date(),
      },
    });
    await expect(resetSandbox(deps, { planFile: SEED_PLAN_FILE, timezone: TZ })).rejects.toEqual(
      new AppError("sandbox-reset-real-people", { count: 1 }),
    );
    expect(await t.db.member.count()).toBe(1);
    await resetSandbox(deps, { planFile: SEED_PLAN_FILE, timezone: TZ, force: true });
    expect(await t.db.member.count()).toBe(0);
  });
});

describe("AdjustableClock", () => {
  it("starts at the chosen time, runs with the base clock, moves forward only, resets", () => {
    let real = Date.parse("2026-01-01T00:00:00Z");
    const clock = new AdjustableClock(new Date("2023-06-12T01:00:00Z"), { now: () => new Date(real) });
    real += 60_000;
    expect(clock.now().toISOString()).toBe("2023-06-12T01:01:00.000Z");
    expect(clock.advance(86_400_000).toISOString()).toBe("2023-06-13T01:01:00.000Z");
    expect(() => clock.advance(-1)).toThrow(RangeError);
    clock.reset(new Date("2023-06-12T01:00:00Z"));
    expect(clock.now().toISOString()).toBe("2023-06-12T01:00:00.000Z");
  });
});
