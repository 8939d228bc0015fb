// This year's plan next to last year's of the same program (issue 12): the bundled 2023 plan and a
// 2022 copy (test/fixtures/yoy) in one database, reports through the services.
import path from "node:path";
import mammoth from "mammoth";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/translator.ts";
import { compareWithPreviousYear } from "../../../src/services/summary/compare-with-previous-year.ts";
import { exportPeriodFiles } from "../../../src/services/summary/export-period.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { M, summaryWorld, type SummaryWorld } from "./summary-world.ts";

const PLAN_2022 = path.resolve(import.meta.dirname, "../../fixtures/yoy/bac-kan-2022.yaml");

let w: SummaryWorld;
let p2022: string;
let p2023: string;

const send = (...args: Parameters<SummaryWorld["send"]>) => w.send(...args);

beforeEach(async () => {
  w = await summaryWorld();
  p2022 = await w.importPlan(PLAN_2022, "2022-01-05T09:00:00");
  await send(p2022, "LDTBXH", "2022-03-10T09:00:00", "DA5.TDA3", "2022-Q1", 500, 10);
  await send(p2022, "LDTBXH", "2022-06-10T09:00:00", "DA5.TDA3", "2022-Q2", 1200, 40);
  await send(p2022, "VHTT", "2022-06-12T09:00:00", "DA6", "2022-Q2", 20);
  await send(p2022, "LDTBXH", "2022-09-14T09:00:00", "DA5.TDA3", "2022-Q3", 3000, 70);
  await send(p2022, "LDTBXH", "2023-01-10T09:00:00", "DA5.TDA3", "2022-Y", 4800, 96);
  p2023 = await w.importPlan(SEED_PLAN_FILE, "2023-01-05T09:00:00");
  await w.temp.db.plan.update({ where: { id: p2022 }, data: { status: "closed" } });
  await send(p2023, "LDTBXH", "2023-03-10T09:00:00", "DA5.TDA3", "2023-Q1", 800, 20);
  await send(p2023, "UBND-HT", "2023-06-12T10:00:00", "DA4.TDA1.ND1", "2023-Q2", 340, 60);
  await send(p2023, "VHTT", "2023-06-12T15:00:00", "DA6", "2023-Q2", 10);
  await send(p2023, "VP", "2023-06-20T08:30:00", "DA10.TDA1.ND1", "2023-Q2", 360);
  w.clock.set("2023-09-20T09:00:00");
});
afterEach(() => w.close());

describe("year over year", () => {
  it("compares allocation, disbursement and completeness at the same day a year earlier", async () => {
    const c = await compareWithPreviousYear(w.deps, { actor: "system", planId: p2023, asOf: "2023-06-30" });
    expect(c).not.toBeNull();
    expect(c!.current).toMatchObject({
      planCode: "bac-kan-2023",
      asOf: "2023-06-30",
      disbursed: 1510n * M, // 800 + 340 + 10 + 360
      expected: 26, // 13 quarterly reports due 15/03 and 15/06
      received: 4,
    });
    expect(c!.current.allocated.total).toBe(7011n * M);
    expect(c!.previous).toMatchObject({
      planCode: "bac-kan-2022",
      year: 2022,
      asOf: "2022-06-30",
      disbursed: 1220n * M, // 1.200 + 20: the third quarter's report came later
      expected: 26,
      received: 3,
    });
    expect(c!.previous.allocated.total).toBe(6118n * M);
    // Not later than today: on 20/09/2023 the comparison stands at 20/09/2022.
    const today = await compareWithPreviousYear(w.deps, { actor: "system", planId: p2023 });
    expect([today!.current.asOf, today!.previous.asOf]).toEqual(["2023-09-20", "2022-09-20"]);
    expect(today!.previous.disbursed).toBe(3020n * M);
  });

  it("no previous plan of the program: nothing to compare; only leaders and the office may ask", async () => {
    expect(await compareWithPreviousYear(w.deps, { actor: "system", planId: p2022 })).toBeNull();
    const focal = { memberId: "x", role: "focal-point" as const, agencyId: null };
    await expect(compareWithPreviousYear(w.deps, { actor: focal, planId: p2023 })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("shows in /summary, in the DOCX as a table, and an item's last year in /history", async () => {
    const ask = await w.admin();
    const summary = await ask("/summary 2023-Q2");
    expect(summary).toContain("So với cùng kỳ năm 2022 (kế hoạch bac-kan-2022, đến 30/06/2022):");
    expect(summary).toContain("Kế hoạch vốn: 7.011 triệu đồng; năm trước 6.118 triệu đồng.");
    expect(summary).toContain("Giải ngân lũy kế: 1.510 (21,5%); năm trước 1.220 (19,9%).");
    expect(summary).toContain("Báo cáo đã nhận: 4/26 (15,4%); năm trước 3/26 (11,5%).");
    const history = await ask("/history DA5.TDA3 2023-Q1");
    expect(history).toContain(
      "Năm 2022 (kế hoạch bac-kan-2022): vốn 5.000 triệu đồng; lũy kế đến 31/12/2022: giải ngân 4.800 triệu đồng (96%), tiến độ 96%, đang thực hiện.",
    );
    expect(await ask("/history DA4.TDA1.ND1 2023-Q2")).toContain("Năm 2022 (kế hoạch bac-kan-2022): vốn 424");
    const { files } = await exportPeriodFiles(w.deps, {
      actor: "system",
      periodKey: "2023-Q2",
      formats: ["docx"],
      t: translator("vi"),
      locale: "vi",
      timezone: "Asia/Ho_Chi_Minh",
    });
    const docx = (await mammoth.extractRawText({ buffer: files[0]!.bytes })).value;
    expect(docx).toContain("So sánh với cùng kỳ năm trước");
    expect(docx).toMatch(/Năm 2023 \(đến 30\/06\/2023\)\s+Năm 2022 \(đến 30\/06\/2022\)/);
    expect(docx).toMatch(/Giải ngân lũy kế \(triệu đồng\)\s+1\.510\s+1\.220/);
  });
});
