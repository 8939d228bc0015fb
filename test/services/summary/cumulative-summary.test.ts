// The six-month review adds up every item's latest cumulative figures, from whichever period's
// report carried them (issue 12): real SQLite, the bundled plan, reports through the services.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/translator.ts";
import { summaryText } from "../../../src/reports/summary-text.ts";
import { summarizePlan } from "../../../src/services/summary/summarize-plan.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { M, summaryWorld, type SummaryWorld } from "./summary-world.ts";

let w: SummaryWorld;
let plan: string;

beforeEach(async () => {
  w = await summaryWorld();
  plan = await w.importPlan(SEED_PLAN_FILE, "2023-01-05T09:00:00");
});
afterEach(() => w.close());

const send = (agency: string, at: string, item: string, period: string, million: number, pct?: number) =>
  w.send(plan, agency, at, item, period, million, pct);

/** The quarterly reports of June and the six-month review of DA5.TDA3 (1.500) sent in July. */
async function firstHalf() {
  await send("LDTBXH", "2023-03-10T09:00:00", "DA5.TDA3", "2023-Q1", 800, 20);
  await send("UBND-HT", "2023-06-12T10:00:00", "DA4.TDA1.ND1", "2023-Q2", 340, 60);
  await send("VHTT", "2023-06-12T15:00:00", "DA6", "2023-Q2", 10);
  await send("VP", "2023-06-20T08:30:00", "DA10.TDA1.ND1", "2023-Q2", 360);
  await send("LDTBXH", "2023-07-20T09:00:00", "DA5.TDA3", "2023-H1", 1500, 45);
}

const summaryAt = async (at: string, periodKey: string) => {
  w.clock.set(at);
  return (await summarizePlan(w.deps, { actor: "system", periodKey, planId: plan })).summary;
};
const item = (s: Awaited<ReturnType<typeof summaryAt>>, code: string) =>
  s.items.find((i) => i.code === code)!;

describe("cumulative figures across periods", () => {
  it("the six-month review counts the quarterly reports of 12/06 and 20/06: 2.210, not 1.500", async () => {
    await firstHalf();
    const s = await summaryAt("2023-09-20T09:00:00", "2023-H1");
    expect(s.disbursed).toBe(2210n * M);
    expect(item(s, "DA4").disbursed).toBe(340n * M);
    expect(item(s, "DA10").disbursed).toBe(360n * M);
    expect(item(s, "DA6").disbursed).toBe(10n * M);
    expect(item(s, "DA5").disbursed).toBe(1500n * M);
    expect(s.disbursementRate).toBeCloseTo(2210 / 7011);
    // Completeness stays the period's own: one six-month report came in.
    expect(s.received).toBe(1);
    const text = summaryText(translator("vi"), s, "vi").join("\n");
    expect(text).toContain("Đã giải ngân 2.210 (31,5%)");
    expect(text).toContain(
      "Số liệu lũy kế đến 30/06/2023; lấy từ báo cáo kỳ khác: DA10.TDA1.ND1 (quý II năm 2023, gửi 20/06/2023); " +
        "DA4.TDA1.ND1 (quý II năm 2023, gửi 12/06/2023); DA6 (quý II năm 2023, gửi 12/06/2023).",
    );
  });

  it("a period's own summary is not changed by reports sent after its end", async () => {
    await firstHalf();
    const q1 = await summaryAt("2023-09-20T09:00:00", "2023-Q1");
    expect(q1.disbursed).toBe(800n * M);
    expect(q1.carried).toEqual([]);
    // The second quarter ends on 30/06, like the six-month review, which stands for that day.
    const q2 = await summaryAt("2023-09-20T09:00:00", "2023-Q2");
    expect(item(q2, "DA5").disbursed).toBe(1500n * M);
    expect(q2.carried.map((c) => [c.item, c.periodKey])).toEqual([["DA5.TDA3", "2023-H1"]]);
  });

  it("a report of the next period sent before this period's end counts; one sent after does not", async () => {
    await firstHalf();
    await send("VHTT", "2023-06-28T09:00:00", "DA6", "2023-Q3", 25);
    await send("UBND-HT", "2023-07-03T09:00:00", "DA4.TDA1.ND1", "2023-Q3", 500);
    const h1 = await summaryAt("2023-09-20T09:00:00", "2023-H1");
    expect(item(h1, "DA6").disbursed).toBe(25n * M);
    expect(item(h1, "DA4").disbursed).toBe(340n * M);
    const q3 = await summaryAt("2023-09-20T09:00:00", "2023-Q3");
    expect(item(q3, "DA4").disbursed).toBe(500n * M);
  });

  it("a correction sent after the period's end replaces the figure, even when lower; the progress stays", async () => {
    await firstHalf();
    // A correction of the second quarter's report (revision 2), disbursement only.
    await w.report({
      plan,
      agency: "UBND-HT",
      at: "2023-07-05T09:00:00",
      value: { item: "DA4.TDA1.ND1", period: "2023-Q2", disbursedVnd: 300n * M },
    });
    const h1 = await summaryAt("2023-09-20T09:00:00", "2023-H1");
    expect(item(h1, "DA4").disbursed).toBe(300n * M);
    expect(item(h1, "DA4").progressPct).toBe(60); // from revision 1: revision 2 gave no progress
    // A later six-month report with a lower figure than the quarter's: the newest report counts.
    await send("VP", "2023-08-01T09:00:00", "DA10.TDA1.ND1", "2023-H1", 200);
    const again = await summaryAt("2023-09-20T09:00:00", "2023-H1");
    expect(item(again, "DA10").disbursed).toBe(200n * M);
    expect(again.disbursed).toBe((1500n + 300n + 10n + 200n) * M);
  });

  it("the change since the previous period uses the progress standing at its end, from any report", async () => {
    await send("VHTT", "2023-03-10T09:00:00", "DA6", "2023-Q1", 5, 20);
    await send("VHTT", "2023-06-12T09:00:00", "DA6", "2023-Q2", 10); // no progress given
    await send("VHTT", "2023-09-12T09:00:00", "DA6", "2023-Q3", 30, 50);
    const q3 = await summaryAt("2023-09-20T09:00:00", "2023-Q3");
    expect(item(q3, "DA6")).toMatchObject({ disbursed: 30n * M, progressPct: 50, progressDelta: 30 });
  });

  it("a summary as of an earlier date counts only what stood by then", async () => {
    await firstHalf();
    w.clock.set("2023-09-20T09:00:00");
    const { summary } = await summarizePlan(w.deps, {
      actor: "system",
      periodKey: "2023-H1",
      asOf: "2023-06-15",
    });
    expect(summary.asOf).toBe("2023-06-15");
    expect(summary.disbursed).toBe((800n + 340n + 10n) * M); // VP's report of 20/06 not yet
  });
});

describe("lateness of a period, measured at its own deadline", () => {
  it("a 2026 look at 2023: never sent is 'not reported (due …)', a late one keeps its days at arrival", async () => {
    await send("LDTBXH", "2023-03-17T09:00:00", "DA5.TDA3", "2023-Q1", 100);
    const s = await summaryAt("2026-11-27T09:00:00", "2023-Q1");
    const t = translator("vi");
    const text = summaryText(t, s, "vi").join("\n");
    expect(text).toContain("LDTBXH · DA5.TDA3: nộp muộn 2 ngày");
    expect(text).toContain("VHTT · DA6: không báo cáo (hạn 15/03/2023)");
    expect(text).not.toMatch(/quá hạn/);
    expect(s.late.find((l) => l.item === "DA6")).toMatchObject({ kind: "unreported", daysLate: null });
  });

  it("during the catch-up a missing report counts its days; once the plan is closed, it is not reported", async () => {
    const during = await summaryAt("2023-03-20T09:00:00", "2023-Q1");
    expect(during.late.find((l) => l.item === "DA6")).toMatchObject({ kind: "missing", daysLate: 5 });
    await w.temp.db.plan.update({ where: { id: plan }, data: { status: "closed", closedAt: new Date() } });
    const closed = await summaryAt("2023-03-20T09:00:00", "2023-Q1");
    expect(closed.late.find((l) => l.item === "DA6")).toMatchObject({ kind: "unreported", daysLate: null });
  });
});
