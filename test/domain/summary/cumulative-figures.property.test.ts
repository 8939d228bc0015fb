// Property tests: the flat, single-loop `cumulativeFigures` and `settledSince` give what the rule as
// first written gives (kept below as the reference: one small object per figure, a callback per
// revision), on random reports with the tricky cases drawn often: several revisions standing at the
// same instant (corrections sent after the period's end), the same sending twice, reports filed
// early for the next period, figures left out, as-of dates inside periods and on their last instant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cumulativeFigures,
  settledSince,
  type CumulativeFigures,
  type Figure,
  type FigureName,
  type FigureReport,
} from "../../../src/domain/summary/cumulative-figures.ts";

type Revision = FigureReport["revisions"][number];

/** The reference: the rule as first written (see cumulative-figures.ts for the rule itself). */
function referenceFigures(
  reports: readonly FigureReport[],
  ends: ReadonlyMap<string, Date>,
  asOfAt: Date,
): Map<string, CumulativeFigures> {
  type Best = { at: number; sent: number; v: Revision | null; r: FigureReport | null };
  const none = (): Best => ({ at: -Infinity, sent: -Infinity, v: null, r: null });
  const best = new Map<string, { status: Best; disbursed: Best; progress: Best }>();
  const take = (b: Best, at: number, sent: number, v: Revision, r: FigureReport) => {
    if (at > b.at || (at === b.at && sent >= b.sent)) Object.assign(b, { at, sent, v, r });
  };
  for (const r of reports) {
    const end = ends.get(r.periodKey)?.getTime();
    if (end === undefined) continue;
    for (const v of r.revisions) {
      const sent = v.submittedAt.getTime();
      const at = Math.min(sent, end);
      if (at > asOfAt.getTime()) continue;
      let acc = best.get(r.assignmentId);
      if (!acc) best.set(r.assignmentId, (acc = { status: none(), disbursed: none(), progress: none() }));
      take(acc.status, at, sent, v, r);
      if (v.disbursedTotalVnd !== null) take(acc.disbursed, at, sent, v, r);
      if (v.progressPermille !== null) take(acc.progress, at, sent, v, r);
    }
  }
  const figure = <T>(b: Best, value: (v: Revision) => T): Figure<T> | null =>
    b.v && b.r
      ? {
          periodKey: b.r.periodKey,
          reference: b.r.reference,
          submittedAt: b.v.submittedAt,
          standsAt: new Date(b.at),
          value: value(b.v),
        }
      : null;
  return new Map(
    [...best].map(([id, b]) => [
      id,
      {
        status: figure(b.status, (v) => v.status),
        disbursed: figure(b.disbursed, (v) => ({
          total: v.disbursedTotalVnd ?? 0n,
          investment: v.disbursedInvestmentVnd,
          recurrent: v.disbursedRecurrentVnd,
        })),
        progressPermille: figure(b.progress, (v) => v.progressPermille ?? 0),
      },
    ]),
  );
}

function referenceSettled(
  reports: readonly FigureReport[],
  ends: ReadonlyMap<string, Date>,
  asOfAt: Date,
  names: readonly FigureName[],
): Map<string, number> {
  const latest = new Map<string, number[]>();
  for (const r of reports) {
    const end = ends.get(r.periodKey)?.getTime();
    if (end === undefined) continue;
    for (const v of r.revisions) {
      const at = Math.min(v.submittedAt.getTime(), end);
      if (at > asOfAt.getTime()) continue;
      const l = latest.get(r.assignmentId) ?? [-Infinity, -Infinity, -Infinity];
      latest.set(r.assignmentId, l);
      l[0] = Math.max(l[0] ?? -Infinity, at);
      if (v.disbursedTotalVnd !== null) l[1] = Math.max(l[1] ?? -Infinity, at);
      if (v.progressPermille !== null) l[2] = Math.max(l[2] ?? -Infinity, at);
    }
  }
  const index = { status: 0, disbursed: 1, progress: 2 };
  return new Map([...latest].map(([id, l]) => [id, Math.min(...names.map((n) => l[index[n]] ?? -Infinity))]));
}

const DAY = 86_400_000;
// Three quarters ending on their last instant (UTC+7); "2023-X" is a period no end is known for.
const ends = new Map([
  ["2023-Q1", new Date("2023-03-31T23:59:59.999+07:00")],
  ["2023-Q2", new Date("2023-06-30T23:59:59.999+07:00")],
  ["2023-Q3", new Date("2023-09-30T23:59:59.999+07:00")],
]);
const endOf = (key: string) => ends.get(key)?.getTime() ?? Date.UTC(2023, 11, 31);
const PERIODS = [...ends.keys(), "2023-X"];

/** A sending: often exactly a period's end or a moment shared with others (ties), else any day near one. */
const sending = (periodKey: string) =>
  fc.oneof(
    fc.constantFrom(...[...ends.values()].map((d) => d.getTime())),
    fc.constantFrom(endOf(periodKey) + DAY, endOf(periodKey) + 2 * DAY, endOf(periodKey) - 3 * DAY),
    fc.integer({ min: -120, max: 120 }).map((days) => endOf(periodKey) + days * DAY),
    fc.integer({ min: -40, max: 40 }).map((hours) => endOf(periodKey) + hours * 3_600_000),
  );

const money = fc.option(fc.bigInt({ min: 0n, max: 10n ** 15n }), { nil: null, freq: 3 });
const revision = (periodKey: string): fc.Arbitrary<Revision> =>
  fc.record({
    submittedAt: sending(periodKey).map((ms) => new Date(ms)),
    status: fc.constantFrom("not-started", "in-progress", "completed", "stuck" as const),
    progressPermille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null, freq: 3 }),
    disbursedTotalVnd: money,
    disbursedInvestmentVnd: money,
    disbursedRecurrentVnd: money,
  });
const report: fc.Arbitrary<FigureReport> = fc
  .tuple(fc.constantFrom("a1", "a2", "a3"), fc.constantFrom(...PERIODS), fc.nat(10_000))
  .chain(([assignmentId, periodKey, n]) =>
    fc
      .array(revision(periodKey), { maxLength: 4 })
      .map((revisions) => ({ assignmentId, periodKey, reference: `R-${n}`, revisions })),
  );
/** As-of instants: a period's last instant, the day before or after, or any moment of the year. */
const asOf = fc
  .oneof(
    fc.constantFrom(...[...ends.values()].map((d) => d.getTime())),
    fc.constantFrom(...[...ends.values()].flatMap((d) => [d.getTime() - DAY, d.getTime() + DAY])),
    fc.integer({ min: Date.UTC(2022, 11, 1), max: Date.UTC(2024, 1, 1) }),
  )
  .map((ms) => new Date(ms));
const names = fc.subarray(["status", "disbursed", "progress"] as FigureName[], { minLength: 1 });

describe("cumulative figures, against the rule as first written", () => {
  it("cumulativeFigures: the same figures, sources and instants", () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), asOf, (reports, at) => {
        expect(cumulativeFigures(reports, ends, at)).toEqual(referenceFigures(reports, ends, at));
      }),
      { numRuns: 2000 },
    );
  });

  it("settledSince: the same instants", () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), asOf, names, (reports, at, which) => {
        expect(settledSince(reports, ends, at, which)).toEqual(referenceSettled(reports, ends, at, which));
      }),
      { numRuns: 2000 },
    );
  });
});
