import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { loadPlanModel } from "../../../src/services/plan/load-plan-model.ts";
import type { ServiceDeps } from "../../../src/services/service-deps.ts";
import { SEED_PLAN_FILE, seedWith } from "../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

const fixedClock = { now: () => new Date("2023-02-01T02:00:00Z") };

function planFile(text: string): string {
  const file = path.join(tmpdir(), `plan-${randomUUID()}.yaml`);
  writeFileSync(file, text);
  return file;
}

async function checked(deps: ServiceDeps, file: string, dryRun = false) {
  const r = await importPlanFile(deps, { file, dryRun });
  if (r.kind !== "checked") throw new Error("plan file is invalid");
  return r;
}

/** Everything the import wrote, as a comparable snapshot (ids included: nothing is re-created). */
async function snapshot({ db }: ServiceDeps) {
  return {
    plans: await db.plan.findMany({ orderBy: { code: "asc" } }),
    agencies: await db.agency.findMany({ orderBy: { id: "asc" } }),
    items: await db.workItem.findMany({ orderBy: { id: "asc" } }),
    activities: await db.activity.findMany({ orderBy: { id: "asc" } }),
    lines: await db.budgetLine.findMany({ orderBy: { id: "asc" } }),
    links: await db.budgetLineItem.findMany({ orderBy: [{ budgetLineId: "asc" }, { workItemId: "asc" }] }),
    assignments: await db.assignment.findMany({ orderBy: { id: "asc" } }),
    periods: await db.reportingPeriod.findMany({ orderBy: { id: "asc" } }),
  };
}

/** A progress report on an assignment (as the reporting feature will store it). */
async function reportOn({ db }: ServiceDeps, agency: string, item: string, period = "2023-Q1") {
  const assignment = await db.assignment.findFirstOrThrow({
    where: { agency: { code: agency }, workItem: { code: item } },
  });
  const p = await db.reportingPeriod.findFirstOrThrow({ where: { key: period } });
  await db.progressReport.create({
    data: {
      id: randomUUID(),
      assignmentId: assignment.id,
      periodId: p.id,
      reference: `R-${randomUUID().slice(0, 8)}`,
      revisions: {
        create: {
          id: randomUUID(),
          number: 1,
          status: "in-progress",
          progressPermille: 400,
          late: false,
          channel: "cli",
          idempotencyKey: randomUUID(),
          submittedAt: fixedClock.now(),
        },
      },
    },
  });
}

describe("importing a plan into a real SQLite file", () => {
  let temp: TempDatabase;
  let deps: ServiceDeps;
  beforeEach(async () => {
    temp = await tempDatabase();
    deps = { db: temp.db, clock: fixedClock };
  });
  afterEach(() => temp.close());

  it("imports the seed plan with its tree, budget lines, assignments and periods", async () => {
    const r = await checked(deps, SEED_PLAN_FILE);
    expect(r.applied).toBe(true);
    const { db } = temp;
    expect(await db.workItem.count()).toBe(28);
    expect(await db.agency.count()).toBe(14);
    expect(await db.assignment.count()).toBe(18);
    expect(await db.reportingPeriod.count()).toBe(6);
    const shared = await db.budgetLine.findFirstOrThrow({
      where: { code: "DA10.TDA1.ND2+DA10.TDA1.ND3" },
      include: { items: true },
    });
    expect(shared.amountVnd).toBe(131_000_000n);
    expect(shared.items).toHaveLength(2);
    const sum = await db.budgetLine.findMany();
    expect(sum.reduce((s, l) => s + l.amountVnd, 0n)).toBe(7_011_000_000n);
    const ht = await db.assignment.findFirstOrThrow({
      where: { agency: { code: "UBND-HT" } },
      include: { calendars: true },
    });
    expect(ht.calendars).toHaveLength(3);
    expect(await db.auditLog.count({ where: { action: "plan.import" } })).toBe(1);
  });

  it("is idempotent: a second import of the same file changes nothing", async () => {
    await checked(deps, SEED_PLAN_FILE);
    const before = await snapshot(deps);
    const again = await checked(deps, SEED_PLAN_FILE);
    expect(again.changes).toEqual([]);
    expect(again.applied).toBe(false);
    expect(await snapshot(deps)).toEqual(before);
    expect(await temp.db.auditLog.count()).toBe(1);
  });

  it("updates names, budgets and assignments from an edited file, keeping ids", async () => {
    await checked(deps, SEED_PLAN_FILE);
    const itemId = (await temp.db.workItem.findFirstOrThrow({ where: { code: "DA6" } })).id;
    const edited = seedWith("name: Phòng Văn hóa - Thông tin", "name: Phòng Văn hóa, Khoa học và Thông tin")
      .replace("items: [DA6]\n    recurrent: 49", "items: [DA6]\n    recurrent: 50")
      .replace("items: [DA1]\n    recurrent: 17", "items: [DA1]\n    recurrent: 16")
      .replace(
        "  - agency: TTYT\n    role: lead\n    items: [DA7]",
        "  - agency: TTYT\n    role: lead\n    items: [DA7, DA1]",
      );
    const r = await checked(deps, planFile(edited));
    expect(r.refusals).toEqual([]);
    expect(r.changes.map((c) => `${c.kind} ${c.entity} ${c.key}`).sort()).toEqual([
      "create assignment TTYT/DA1/lead",
      "update agency VHTT",
      "update budget-line DA1/recurrent",
      "update budget-line DA6/recurrent",
    ]);
    const { db } = temp;
    expect((await db.agency.findFirstOrThrow({ where: { code: "VHTT" } })).name).toBe(
      "Phòng Văn hóa, Khoa học và Thông tin",
    );
    expect((await db.budgetLine.findFirstOrThrow({ where: { code: "DA6" } })).amountVnd).toBe(50_000_000n);
    expect((await db.workItem.findFirstOrThrow({ where: { code: "DA6" } })).id).toBe(itemId);
    const stored = await loadPlanModel(deps, "bac-kan-2023");
    expect(stored?.assignments.some((a) => a.agencyCode === "TTYT" && a.itemCode === "DA1")).toBe(true);
  });

  it("--dry-run lists the changes and writes nothing", async () => {
    const r = await checked(deps, SEED_PLAN_FILE, true);
    expect(r.applied).toBe(false);
    expect(r.changes.length).toBeGreaterThan(90);
    expect(await temp.db.plan.count()).toBe(0);
  });

  it("removes an item that has no reports", async () => {
    await checked(deps, SEED_PLAN_FILE);
    const withoutNd3 = seedWith("      - code: DA7.ND3\n", "      - code: DA7.ND3-REMOVED\n");
    // Build a file without DA7.ND3: cut its block.
    const start = withoutNd3.indexOf("      - code: DA7.ND3-REMOVED");
    const end = withoutNd3.indexOf("  - code: DA8\n");
    const r = await checked(deps, planFile(withoutNd3.slice(0, start) + withoutNd3.slice(end)));
    expect(r.refusals).toEqual([]);
    expect(r.changes.filter((c) => c.kind === "delete").map((c) => c.key)).toEqual(["DA7.ND3"]);
    expect(await temp.db.workItem.count({ where: { code: "DA7.ND3" } })).toBe(0);
  });

  it("refuses to remove an item, agency or assignment that already has reports, and changes nothing", async () => {
    await checked(deps, SEED_PLAN_FILE);
    await reportOn(deps, "UBND-HT", "DA4.TDA1.ND1");
    await reportOn(deps, "TP", "DA10.TDA1.ND3");
    const before = await snapshot(deps);

    // Remove the agency UBND-HT (and its assignment).
    const noHt = seedWith(
      "  - code: UBND-HT\n    name: UBND phường Huyền Tụng\n    kind: commune\n",
      "",
    ).replace("  - agency: UBND-HT\n    role: implement\n    items: [DA4.TDA1.ND1]\n", "");
    const r1 = await checked(deps, planFile(noHt));
    expect(r1.applied).toBe(false);
    expect(r1.refusals).toEqual([{ entity: "agency", params: { code: "UBND-HT" } }]);

    // Remove item DA10.TDA1.ND3 (block and references).
    const text = seedWith(
      "items: [DA10.TDA1.ND2, DA10.TDA1.ND3]\n    recurrent: 131",
      "items: [DA10.TDA1.ND2]\n    recurrent: 131",
    ).replace(
      "items: [DA10.TDA1.ND2, DA10.TDA1.ND3]\n    note: Phối hợp",
      "items: [DA10.TDA1.ND2]\n    note: Phối hợp",
    );
    const s = text.indexOf("          - code: DA10.TDA1.ND3");
    const e = text.indexOf("      - code: DA10.TDA3");
    const r2 = await checked(deps, planFile(text.slice(0, s) + text.slice(e)));
    expect(r2.refusals).toEqual([{ entity: "item", params: { code: "DA10.TDA1.ND3" } }]);

    // Remove only the assignment TP → ND3.
    const r3 = await checked(
      deps,
      planFile(
        seedWith(
          "items: [DA10.TDA1.ND2, DA10.TDA1.ND3]\n    note: Phối hợp",
          "items: [DA10.TDA1.ND2]\n    note: Phối hợp",
        ),
      ),
    );
    expect(r3.refusals).toEqual([
      { entity: "assignment", params: { agency: "TP", item: "DA10.TDA1.ND3", role: "implement" } },
    ]);

    expect(await snapshot(deps)).toEqual(before);
    expect(await temp.db.reportRevision.count()).toBe(2);
  });

  it("an invalid file is reported and nothing is written", async () => {
    const r = await importPlanFile(deps, { file: planFile(seedWith("local: 468", "local: 46")) });
    expect(r.kind).toBe("invalid");
    expect(await temp.db.plan.count()).toBe(0);
  });
});
