// Departments merge: members, unused invites and active plans' assignments move; history stays.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvite } from "../../../src/services/people/create-invite.ts";
import { mergeAgencies } from "../../../src/services/agencies/merge-agencies.ts";
import { renameAgency } from "../../../src/services/agencies/rename-agency.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { setPlanStatus } from "../../../src/services/plan/set-plan-status.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

describe("agency rename and merge", () => {
  let temp: TempDatabase;
  const clock = { now: () => new Date("2025-03-01T02:00:00Z") };
  beforeEach(async () => {
    temp = await tempDatabase();
    await importPlanFile({ db: temp.db, clock }, { file: SEED_PLAN_FILE });
  });
  afterEach(() => temp.close());

  it("renames with history in the audit log; the plan keeps the name it printed", async () => {
    const deps = { db: temp.db, clock };
    const dry = await renameAgency(deps, {
      actor: "system",
      code: "tp",
      name: "Phòng Tư pháp TP",
      dryRun: true,
    });
    expect(dry).toEqual({ code: "TP", before: "Phòng Tư pháp", after: "Phòng Tư pháp TP", applied: false });
    expect((await temp.db.agency.findUniqueOrThrow({ where: { code: "TP" } })).name).toBe("Phòng Tư pháp");
    await renameAgency(deps, { actor: "system", code: "TP", name: "Phòng Tư pháp TP" });
    const tp = await temp.db.agency.findUniqueOrThrow({ where: { code: "TP" }, include: { plans: true } });
    expect([tp.name, tp.plans[0]?.name]).toEqual(["Phòng Tư pháp TP", "Phòng Tư pháp"]);
    const log = await temp.db.auditLog.findFirstOrThrow({ where: { action: "agency.rename" } });
    expect(JSON.parse(log.data)).toMatchObject({ before: "Phòng Tư pháp", after: "Phòng Tư pháp TP" });
  });

  it("moves members, unused invites and active assignments; the merged agency stays readable", async () => {
    const deps = { db: temp.db, clock };
    const nv = await temp.db.agency.findUniqueOrThrow({ where: { code: "NV" } });
    await temp.db.member.create({
      data: { id: randomUUID(), fullName: "Lan", role: "focal-point", agencyId: nv.id },
    });
    await createInvite(deps, { actor: "system", role: "focal-point", agencyCode: "NV", ttlDays: 7 });
    const dry = await mergeAgencies(deps, { actor: "system", from: "NV", into: "TP", dryRun: true });
    expect(dry).toMatchObject({ members: 1, invites: 1, assignments: 1, kept: 0, applied: false });
    expect(await temp.db.member.count({ where: { agencyId: nv.id } })).toBe(1);

    const done = await mergeAgencies(deps, { actor: "system", from: "nv", into: "tp" });
    expect(done).toMatchObject({ members: 1, invites: 1, assignments: 1, applied: true });
    const after = await temp.db.agency.findUniqueOrThrow({
      where: { code: "NV" },
      include: { mergedInto: true },
    });
    expect([after.name, after.mergedInto?.code, after.mergedAt]).toEqual(["Phòng Nội vụ", "TP", clock.now()]);
    expect(await temp.db.assignment.count({ where: { agencyId: nv.id } })).toBe(0);
    await expect(mergeAgencies(deps, { actor: "system", from: "NV", into: "TP" })).rejects.toMatchObject({
      code: "agency-merged",
    });
    await expect(
      createInvite(deps, { actor: "system", role: "focal-point", agencyCode: "NV", ttlDays: 7 }),
    ).rejects.toMatchObject({ code: "unknown-agency" });
  });

  it("leaves a closed plan's assignments with the agency it named", async () => {
    const deps = { db: temp.db, clock };
    await setPlanStatus(deps, { actor: "system", code: "bac-kan-2023", status: "closed" });
    const done = await mergeAgencies(deps, { actor: "system", from: "NV", into: "TP" });
    expect(done.assignments).toBe(0);
    const nv = await temp.db.agency.findUniqueOrThrow({
      where: { code: "NV" },
      include: { assignments: true },
    });
    expect(nv.assignments).toHaveLength(1);
  });
});
