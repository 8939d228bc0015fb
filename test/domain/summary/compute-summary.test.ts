import { describe, expect, it } from "vitest";
import { computeSummary } from "../../../src/domain/summary/compute-summary.ts";
import type { SnapshotRevision, SummarySnapshot } from "../../../src/domain/summary/summary-types.ts";

const M = 1_000_000n;
const at = (iso: string) => new Date(`${iso}+07:00`);

function rev(n: number, submitted: string, over: Partial<SnapshotRevision> = {}): SnapshotRevision {
  return {
    number: n,
    submittedAt: at(submitted),
    late: false,
    status: "in-progress",
    progressPermille: null,
    disbursedInvestmentVnd: null,
    disbursedRecurrentVnd: null,
    disbursedTotalVnd: null,
    results: null,
    obstacles: null,
    proposals: null,
    ...over,
  };
}

const Q1 = {
  id: "q1",
  key: "2023-Q1",
  label: "Quý I năm 2023",
  dueDate: "2023-03-15",
  dueAt: at("2023-03-15T23:59:59.999"),
  endDate: "2023-03-31",
  endAt: at("2023-03-31T23:59:59.999"),
};
const Q4 = {
  id: "q4",
  key: "2022-Q4",
  label: "Quý IV năm 2022",
  dueDate: "2022-12-15",
  dueAt: at("2022-12-15T23:59:59.999"),
  endDate: "2022-12-31",
  endAt: at("2022-12-31T23:59:59.999"),
};

/** A small plan: DA10 with a shared line (ND2+ND3: 131) and ND1 (300); DA4 with 365 + 59. */
function aSnapshot(over: Partial<SummarySnapshot> = {}): SummarySnapshot {
  return {
    now: at("2023-03-20T09:00:00"),
    plan: {
      id: "plan",
      code: "p",
      title: "P",
      year: 2023,
      issuer: "UBND",
      timezone: "Asia/Ho_Chi_Minh",
      declared: {
        total: 855n * M,
        investment: 365n * M,
        recurrent: 490n * M,
        central: 800n * M,
        local: 55n * M,
      },
      closed: false,
    },
    period: { ...Q1, catchUpEndsAt: at("2023-03-30T08:00:00") },
    previous: null,
    asOf: { date: Q1.endDate, at: Q1.endAt },
    periods: [Q4, Q1],
    items: [
      { code: "CT", level: "program", parentCode: null, title: "CT" },
      { code: "DA4", level: "project", parentCode: "CT", title: "DA4" },
      { code: "DA4.ND1", level: "content", parentCode: "DA4", title: "ND1" },
      { code: "DA10", level: "project", parentCode: "CT", title: "DA10" },
      { code: "DA10.TDA1", level: "subproject", parentCode: "DA10", title: "TDA1" },
      { code: "DA10.TDA1.ND1", level: "content", parentCode: "DA10.TDA1", title: "ND1" },
      { code: "DA10.TDA1.ND2", level: "content", parentCode: "DA10.TDA1", title: "ND2" },
      { code: "DA10.TDA1.ND3", level: "content", parentCode: "DA10.TDA1", title: "ND3" },
    ],
    budgetLines: [
      { code: "DA4.ND1", capitalType: "investment", amountVnd: 365n * M, itemCodes: ["DA4.ND1"] },
      { code: "DA4.ND1", capitalType: "recurrent", amountVnd: 59n * M, itemCodes: ["DA4.ND1"] },
      { code: "ND1", capitalType: "recurrent", amountVnd: 300n * M, itemCodes: ["DA10.TDA1.ND1"] },
      {
        code: "ND2+ND3",
        capitalType: "recurrent",
        amountVnd: 131n * M,
        itemCodes: ["DA10.TDA1.ND2", "DA10.TDA1.ND3"],
      },
    ],
    agencies: [
      { code: "HT", name: "Huyền Tụng" },
      { code: "VP", name: "VP" },
      { code: "TP", name: "Tư pháp" },
    ],
    assignments: [
      { id: "a-ht", agencyCode: "HT", itemCode: "DA4.ND1", role: "implement" },
      { id: "a-vp", agencyCode: "VP", itemCode: "DA10.TDA1.ND1", role: "lead" },
      { id: "a-tp2", agencyCode: "TP", itemCode: "DA10.TDA1.ND2", role: "implement" },
      { id: "a-tp3", agencyCode: "TP", itemCode: "DA10.TDA1.ND3", role: "implement" },
    ],
    otherReporters: [],
    reports: [],
    leads: [{ agencyCode: "HT", itemCode: "DA4.ND1" }],
    ...over,
  };
}

describe("computeSummary", () => {
  it("an empty period: nothing received, everything missing, budgets still add up", () => {
    const s = computeSummary(aSnapshot());
    expect([s.expected, s.received, s.onTime, s.completeness, s.timeliness]).toEqual([4, 0, 0, 0, 0]);
    expect(s.allocated).toEqual({ total: 855n * M, investment: 365n * M, recurrent: 490n * M });
    expect(s.reconciles).toBe(true);
    expect(s.disbursed).toBe(0n);
    expect(s.late.map((l) => [l.agency, l.item, l.kind, l.daysLate])).toEqual([
      ["HT", "DA4.ND1", "missing", 5],
      ["TP", "DA10.TDA1.ND2", "missing", 5],
      ["TP", "DA10.TDA1.ND3", "missing", 5],
      ["VP", "DA10.TDA1.ND1", "missing", 5],
    ]);
  });

  it("a shared budget line is counted once; only the latest revision counts", () => {
    const s = computeSummary(
      aSnapshot({
        reports: [
          {
            assignmentId: "a-tp2",
            periodKey: "2023-Q1",
            reference: "R2",
            revisions: [
              rev(1, "2023-03-10T09:00:00", { disbursedTotalVnd: 10n * M, progressPermille: 200 }),
              rev(2, "2023-03-18T09:00:00", { disbursedTotalVnd: 40n * M, progressPermille: 500 }),
            ],
          },
          {
            assignmentId: "a-tp3",
            periodKey: "2023-Q1",
            reference: "R3",
            revisions: [rev(1, "2023-03-14T09:00:00", { disbursedTotalVnd: 20n * M, progressPermille: 300 })],
          },
        ],
      }),
    );
    const da10 = s.items.find((i) => i.code === "DA10")!;
    expect(da10.allocated.total).toBe(431n * M); // 300 + 131, not 300 + 131 + 131
    expect(da10.disbursed).toBe(60n * M); // 40 (latest of ND2) + 20 (ND3)
    expect(s.disbursed).toBe(60n * M);
    expect(s.received).toBe(2);
    expect(s.onTime).toBe(2); // the first revision counts for timeliness, a later edit does not make it late
    expect(s.completeness).toBe(0.5);
    expect(s.timeliness).toBe(0.5);
  });

  it("a late report: received, not on time, with the days late", () => {
    const s = computeSummary(
      aSnapshot({
        reports: [
          {
            assignmentId: "a-ht",
            periodKey: "2023-Q1",
            reference: "R",
            revisions: [
              rev(1, "2023-03-17T10:00:00", {
                late: true,
                status: "stuck",
                obstacles: "thiếu mặt bằng",
                disbursedTotalVnd: 100n * M,
              }),
            ],
          },
        ],
      }),
    );
    expect([s.received, s.onTime]).toEqual([1, 0]);
    expect(s.late.find((l) => l.agency === "HT")).toMatchObject({ kind: "late", daysLate: 2 });
    expect(s.items.find((i) => i.code === "DA4")).toMatchObject({ status: "stuck", disbursed: 100n * M });
    expect(s.items.find((i) => i.code === "DA4")!.disbursementRate).toBeCloseTo(100 / 424);
    expect(s.notes).toEqual([
      { item: "DA4.ND1", agency: "HT", obstacles: "thiếu mặt bằng", proposals: null },
    ]);
    expect(s.agencies.find((a) => a.code === "HT")).toMatchObject({
      expected: 1,
      received: 1,
      onTime: 0,
      completeness: 1,
      timeliness: 0,
    });
  });

  it("compares with the previous period and shows the plan's gaps", () => {
    const s = computeSummary(
      aSnapshot({
        previous: Q4,
        reports: [
          {
            assignmentId: "a-ht",
            periodKey: "2022-Q4",
            reference: "R",
            revisions: [rev(1, "2022-12-10T09:00:00", { progressPermille: 300 })],
          },
          {
            assignmentId: "a-ht",
            periodKey: "2023-Q1",
            reference: "R",
            revisions: [rev(1, "2023-03-10T09:00:00", { progressPermille: 450 })],
          },
          {
            assignmentId: "a-vp",
            periodKey: "2022-Q4",
            reference: "S",
            revisions: [rev(1, "2022-12-10T09:00:00", { progressPermille: 200 })],
          },
          {
            assignmentId: "a-vp",
            periodKey: "2023-Q1",
            reference: "S",
            revisions: [rev(1, "2023-03-10T09:00:00", { progressPermille: 200 })],
          },
        ],
      }),
    );
    expect(s.items.find((i) => i.code === "DA4")!.progressDelta).toBe(15);
    expect(s.movement).toEqual({ moved: ["DA4"], stalled: ["DA10"] });
    expect(s.gaps.noLead).toEqual(["DA10"]);
    expect(s.gaps.noBudget).toEqual([]);
  });

  it("says when the lines do not reconcile with the declared totals", () => {
    const s = computeSummary(
      aSnapshot({
        plan: {
          id: "plan",
          code: "p",
          title: "P",
          year: 2023,
          issuer: "UBND",
          timezone: "Asia/Ho_Chi_Minh",
          declared: {
            total: 900n * M,
            investment: 365n * M,
            recurrent: 535n * M,
            central: 900n * M,
            local: 0n,
          },
          closed: false,
        },
      }),
    );
    expect(s.reconciles).toBe(false);
  });
});
