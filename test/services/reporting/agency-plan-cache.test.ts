// The plan data behind /tasks and reports is cached per agency in a long-running process, and
// trusted only under the version read with each request: an import, a status change or an agency
// merge made by another process (here: deps without the cache) shows on the next request.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VersionedCache } from "../../../src/db/versioned-cache.ts";
import type { Actor } from "../../../src/domain/access/roles.ts";
import { mergeAgencies } from "../../../src/services/agencies/merge-agencies.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { setPlanStatus } from "../../../src/services/plan/set-plan-status.ts";
import { confirmReport } from "../../../src/services/reporting/confirm-report.ts";
import { draftReport } from "../../../src/services/reporting/draft-report.ts";
import { listTasks } from "../../../src/services/reporting/list-tasks.ts";
import { reportableAssignments } from "../../../src/services/reporting/reportable-assignments.ts";
import { SEED_PLAN_FILE, seedWith } from "../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

const TP_TITLE = "Nội dung số 02: Phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào DTTS";

describe("cached plan data of an agency", () => {
  let temp: TempDatabase;
  let dir: string;
  const clock = { now: () => new Date("2023-03-10T03:00:00Z") };
  beforeEach(async () => {
    temp = await tempDatabase();
    dir = mkdtempSync(path.join(tmpdir(), "tiendo-cache-"));
    await importPlanFile({ db: temp.db, clock }, { file: SEED_PLAN_FILE });
  });
  afterEach(async () => {
    await temp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function focalPoint(code: string): Promise<Actor> {
    const agency = await temp.db.agency.findUniqueOrThrow({ where: { code } });
    const member = await temp.db.member.create({
      data: { id: randomUUID(), fullName: `Focal ${code}`, role: "focal-point", agencyId: agency.id },
    });
    return { memberId: member.id, role: "focal-point", agencyId: agency.id };
  }

  it("follows a re-import, a merge and a closed plan made elsewhere", async () => {
    const bot = { db: temp.db, clock, cache: new VersionedCache() };
    const elsewhere = { db: temp.db, clock };
    const tp = await focalPoint("TP");
    const codes = async () => (await listTasks(bot, tp)).map((r) => r.itemCode);
    const reportable = async () => (await reportableAssignments(bot, tp)).map((a) => a.itemCode);
    expect(await codes()).toEqual(["DA10.TDA1.ND2", "DA10.TDA1.ND3"]);
    expect(await reportable()).toEqual(["DA10.TDA1.ND2", "DA10.TDA1.ND3"]);

    // A re-import changes an item's title.
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, seedWith(`title: "${TP_TITLE}"`, `title: "${TP_TITLE} (sửa)"`));
    const later = { db: temp.db, clock: { now: () => new Date("2023-03-11T03:00:00Z") } };
    const imported = await importPlanFile(later, { file });
    expect(imported).toMatchObject({ kind: "checked", applied: true });
    const titles = (await listTasks(bot, tp)).map((r) => r.itemTitle);
    expect(titles).toContain(`${TP_TITLE} (sửa)`);
    expect((await reportableAssignments(bot, tp)).map((a) => a.itemTitle)).toContain(`${TP_TITLE} (sửa)`);

    // A merge moves NV's assignment to TP without an import.
    await mergeAgencies(elsewhere, { actor: "system", from: "NV", into: "TP" });
    expect(await codes()).toContain("DA5.TDA2.ND1");
    expect(await reportable()).toContain("DA5.TDA2.ND1");

    // A closed plan has no tasks; reopened, they are back.
    await setPlanStatus(elsewhere, { actor: "system", code: "bac-kan-2023", status: "closed" });
    expect(await codes()).toEqual([]);
    await expect(reportableAssignments(bot, tp)).resolves.toEqual([]);
    await setPlanStatus(elsewhere, { actor: "system", code: "bac-kan-2023", status: "active" });
    expect(await codes()).toContain("DA10.TDA1.ND2");
  });

  it("reads what was reported afresh on every request", async () => {
    const bot = { db: temp.db, clock, cache: new VersionedCache() };
    const elsewhere = { db: temp.db, clock };
    const ldtbxh = await focalPoint("LDTBXH");
    const before = await listTasks(bot, ldtbxh);
    expect(before[0]?.next).toMatchObject({ reported: false });
    expect((await reportableAssignments(bot, ldtbxh))[0]?.reportedKeys.size).toBe(0);

    const draft = await draftReport(elsewhere, {
      actor: ldtbxh,
      value: { item: "DA5.TDA3", progressPct: 40 },
      channel: "telegram",
    });
    expect(draft.revision).toBe(1);
    const receipt = await confirmReport(elsewhere, { actor: ldtbxh, draftId: draft.id });
    expect(receipt).toMatchObject({ itemCode: "DA5.TDA3", revision: 1, late: false, again: false });

    const after = await listTasks(bot, ldtbxh);
    expect(after[0]?.next).toMatchObject({ key: before[0]?.next?.key, reported: true });
    expect((await reportableAssignments(bot, ldtbxh))[0]?.reportedKeys).toEqual(
      new Set([before[0]?.next?.key]),
    );
    // The next draft of the same period is its second revision, warned against going backwards.
    const second = await draftReport(bot, {
      actor: ldtbxh,
      value: { item: "DA5.TDA3", progressPct: 20 },
      channel: "telegram",
    });
    expect(second.revision).toBe(2);
    expect(second.warnings.map((w) => w.code)).toContain("progress-down");
    await expect(confirmReport(bot, { actor: ldtbxh, draftId: draft.id })).resolves.toMatchObject({
      revision: 1,
      again: true,
    });
  });

  it("confirms a draft stored before drafts kept their item's code", async () => {
    const deps = { db: temp.db, clock, cache: new VersionedCache() };
    const ldtbxh = await focalPoint("LDTBXH");
    const draft = await draftReport(deps, {
      actor: ldtbxh,
      value: { item: "DA5.TDA3", progressPct: 40 },
      channel: "telegram",
    });
    const key = `draft:${draft.id}`;
    const stored = JSON.parse((await temp.db.session.findUniqueOrThrow({ where: { key } })).value) as {
      itemCode?: string;
    };
    expect(stored.itemCode).toBe("DA5.TDA3");
    delete stored.itemCode;
    await temp.db.session.update({ where: { key }, data: { value: JSON.stringify(stored) } });
    await expect(confirmReport(deps, { actor: ldtbxh, draftId: draft.id })).resolves.toMatchObject({
      itemCode: "DA5.TDA3",
      revision: 1,
      again: false,
    });
  });
});
