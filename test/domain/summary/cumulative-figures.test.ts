import { describe, expect, it } from "vitest";
import {
  cumulativeFigures,
  settledSince,
  type FigureReport,
} from "../../../src/domain/summary/cumulative-figures.ts";

const M = 1_000_000n;
const at = (iso: string) => new Date(`${iso}+07:00`);
const ends = new Map([
  ["2023-Q2", at("2023-06-30T23:59:59.999")],
  ["2023-H1", at("2023-06-30T23:59:59.999")],
  ["2023-Q3", at("2023-09-30T23:59:59.999")],
]);

function report(periodKey: string, ...revisions: [string, number | null, number | null][]): FigureReport {
  return {
    assignmentId: "a",
    periodKey,
    reference: `R-${periodKey}`,
    revisions: revisions.map(([sent, million, permille]) => ({
      submittedAt: at(sent),
      status: "in-progress",
      progressPermille: permille,
      disbursedTotalVnd: million === null ? null : BigInt(million) * M,
      disbursedInvestmentVnd: null,
      disbursedRecurrentVnd: null,
    })),
  };
}

describe("cumulativeFigures", () => {
  it("a report sent after its period stands at the period's end; for the same moment the later sending wins", () => {
    const reports = [
      report("2023-H1", ["2023-08-01T09:00:00", 200, null]),
      report("2023-Q2", ["2023-06-12T09:00:00", 340, 600], ["2023-08-05T09:00:00", 300, null]),
    ];
    const f = cumulativeFigures(reports, ends, at("2023-06-30T23:59:59.999")).get("a")!;
    expect(f.disbursed).toMatchObject({ value: { total: 300n * M }, periodKey: "2023-Q2" });
    expect(f.disbursed!.standsAt).toEqual(at("2023-06-30T23:59:59.999"));
    expect(f.progressPermille).toMatchObject({ value: 600, periodKey: "2023-Q2" });
  });

  it("a report sent early stands for the day it was sent; one standing after the date is left out", () => {
    const reports = [
      report("2023-Q2", ["2023-06-12T09:00:00", 340, null]),
      report("2023-Q3", ["2023-06-28T09:00:00", 25, null], ["2023-07-03T09:00:00", 500, null]),
    ];
    const asOf = at("2023-06-30T23:59:59.999");
    expect(cumulativeFigures(reports, ends, asOf).get("a")!.disbursed!.value.total).toBe(25n * M);
    expect(
      cumulativeFigures(reports, ends, at("2023-06-20T23:59:59.999")).get("a")!.disbursed!.value.total,
    ).toBe(340n * M);
    expect(cumulativeFigures(reports, ends, at("2023-06-01T00:00:00")).get("a")).toBeUndefined();
  });

  it("settledSince: the earliest of the figures' latest instants, -Infinity when one is missing", () => {
    const reports = [
      report("2023-Q2", ["2023-06-12T09:00:00", 340, 600], ["2023-06-14T09:00:00", 350, null]),
    ];
    const asOf = at("2023-06-30T23:59:59.999");
    expect(settledSince(reports, ends, asOf, ["status", "disbursed", "progress"]).get("a")).toBe(
      at("2023-06-12T09:00:00").getTime(),
    );
    expect(settledSince(reports, ends, asOf, ["disbursed"]).get("a")).toBe(
      at("2023-06-14T09:00:00").getTime(),
    );
    const noProgress = [report("2023-Q2", ["2023-06-12T09:00:00", 340, null])];
    expect(settledSince(noProgress, ends, asOf, ["progress"]).get("a")).toBe(-Infinity);
  });
});
