// Cumulative figures (lũy kế) as of a date, from whichever report carried them.
//
// Disbursement and physical progress are reported as running totals for the year, so the figure of
// an assignment as of a date is the latest one reported on or before that date, whatever period the
// report was filed for. Which date a revision's figures stand for:
// - its submission instant (`submittedAt`; days are the plan's, Asia/Ho_Chi_Minh),
// - but no later than the end of the last day of the period it was filed for: the six-month review
//   sent on 05/09 gives the state at 30/06, and so does a correction of the second-quarter report
//   sent in July.
// A report filed early (the third quarter's, sent on 28/06) stands for the day it was sent.
// Among revisions standing for the same instant the later submission wins (a correction replaces
// what it corrects). A later figure replaces an earlier one even when it is lower: the newest
// report is the office's best knowledge. Disbursement and progress are taken independently: a
// report that gives only progress leaves the disbursement reported earlier standing.
import type { ReportStatus } from "../replies/reply-fields.ts";
import type { SnapshotRevision } from "./summary-types.ts";

/** Where a figure came from: the report (its period) and the revision's submission. */
export interface FigureSource {
  periodKey: string;
  reference: string;
  submittedAt: Date;
  /** The instant the figure stands for (see above). */
  standsAt: Date;
}

export interface Figure<T> extends FigureSource {
  value: T;
}

/** Cumulative disbursement (VND): the total, and its split by capital type when reported. */
export interface Disbursed {
  total: bigint;
  investment: bigint | null;
  recurrent: bigint | null;
}

export interface CumulativeFigures {
  status: Figure<ReportStatus> | null;
  disbursed: Figure<Disbursed> | null;
  progressPermille: Figure<number> | null;
}

export interface FigureReport {
  assignmentId: string;
  periodKey: string;
  reference: string;
  revisions: Pick<
    SnapshotRevision,
    | "submittedAt"
    | "status"
    | "progressPermille"
    | "disbursedTotalVnd"
    | "disbursedInvestmentVnd"
    | "disbursedRecurrentVnd"
  >[];
}

type Revision = FigureReport["revisions"][number];

/**
 * The best revisions so far of one assignment, one per figure: the instant each stands at, its
 * sending (epoch milliseconds), the revision and its report. Flat, one per assignment, and built
 * by one loop: a province's summary goes through 27,000 revisions twice, and three small objects
 * per assignment, a callback per revision and a Date per figure were its largest cost (profiled).
 */
interface Best {
  statusAt: number;
  statusSent: number;
  status: Revision | null;
  statusOf: FigureReport | null;
  disbursedAt: number;
  disbursedSent: number;
  disbursed: Revision | null;
  disbursedOf: FigureReport | null;
  progressAt: number;
  progressSent: number;
  progress: Revision | null;
  progressOf: FigureReport | null;
}

const none = (): Best => ({
  statusAt: -Infinity,
  statusSent: -Infinity,
  status: null,
  statusOf: null,
  disbursedAt: -Infinity,
  disbursedSent: -Infinity,
  disbursed: null,
  disbursedOf: null,
  progressAt: -Infinity,
  progressSent: -Infinity,
  progress: null,
  progressOf: null,
});

/** The end instant of each period key, in epoch milliseconds. */
const endsInMs = (periodEndAt: ReadonlyMap<string, Date>): Map<string, number> => {
  const ends = new Map<string, number>();
  for (const [key, end] of periodEndAt) ends.set(key, end.getTime());
  return ends;
};

/**
 * A figure's source and value. The instant it stands at is its sending or its period's end, so
 * one of those two Dates is handed out rather than a new one (thousands per summary).
 */
function figure<T>(
  revision: Revision | null,
  report: FigureReport | null,
  at: number,
  periodEndAt: ReadonlyMap<string, Date>,
  value: (v: Revision) => T,
): Figure<T> | null {
  if (revision === null || report === null) return null;
  const sentAt = revision.submittedAt;
  return {
    periodKey: report.periodKey,
    reference: report.reference,
    submittedAt: sentAt,
    standsAt: sentAt.getTime() === at ? sentAt : (periodEndAt.get(report.periodKey) ?? new Date(at)),
    value: value(revision),
  };
}

const statusOf = (v: Revision): ReportStatus => v.status;
const disbursedOf = (v: Revision): Disbursed => ({
  total: v.disbursedTotalVnd ?? 0n,
  investment: v.disbursedInvestmentVnd,
  recurrent: v.disbursedRecurrentVnd,
});
const progressOf = (v: Revision): number => v.progressPermille ?? 0;

/**
 * Per assignment, the latest status, disbursement and progress standing on or before `asOfAt`.
 * `periodEndAt` gives the end instant of each period key (the end of its last local day). Only the
 * figures `names` asks for are given (the others null): a summary's figures as of the previous
 * period's end are only its progress.
 */
export function cumulativeFigures(
  reports: readonly FigureReport[],
  periodEndAt: ReadonlyMap<string, Date>,
  asOfAt: Date,
  names: readonly FigureName[] = ["status", "disbursed", "progress"],
): Map<string, CumulativeFigures> {
  const limit = asOfAt.getTime();
  const ends = endsInMs(periodEndAt);
  const best = new Map<string, Best>();
  for (const r of reports) {
    const end = ends.get(r.periodKey);
    if (end === undefined) continue;
    let b: Best | undefined;
    for (const v of r.revisions) {
      const sent = v.submittedAt.getTime();
      const at = sent <= end ? sent : end;
      if (at > limit) continue;
      if (b === undefined) {
        b = best.get(r.assignmentId);
        if (b === undefined) best.set(r.assignmentId, (b = none()));
      }
      // A revision replaces the best so far when it stands later, or as late and was sent later
      // (or at the same instant: the later one in the reports' order).
      if (at > b.statusAt || (at === b.statusAt && sent >= b.statusSent)) {
        b.statusAt = at;
        b.statusSent = sent;
        b.status = v;
        b.statusOf = r;
      }
      if (
        v.disbursedTotalVnd !== null &&
        (at > b.disbursedAt || (at === b.disbursedAt && sent >= b.disbursedSent))
      ) {
        b.disbursedAt = at;
        b.disbursedSent = sent;
        b.disbursed = v;
        b.disbursedOf = r;
      }
      if (
        v.progressPermille !== null &&
        (at > b.progressAt || (at === b.progressAt && sent >= b.progressSent))
      ) {
        b.progressAt = at;
        b.progressSent = sent;
        b.progress = v;
        b.progressOf = r;
      }
    }
  }
  const [status, disbursed, progress] = (["status", "disbursed", "progress"] as const).map((n) =>
    names.includes(n),
  );
  const out = new Map<string, CumulativeFigures>();
  for (const [id, b] of best)
    out.set(id, {
      status: status ? figure(b.status, b.statusOf, b.statusAt, periodEndAt, statusOf) : null,
      disbursed: disbursed
        ? figure(b.disbursed, b.disbursedOf, b.disbursedAt, periodEndAt, disbursedOf)
        : null,
      progressPermille: progress
        ? figure(b.progress, b.progressOf, b.progressAt, periodEndAt, progressOf)
        : null,
    });
  return out;
}

export type FigureName = "status" | "disbursed" | "progress";

/**
 * Per assignment, the instant from which every figure named is settled: the earliest, over those
 * figures, of the latest instant one stands at (on or before `asOfAt`); -Infinity when one is
 * missing. No revision standing at or before it can change those figures.
 */
export function settledSince(
  reports: readonly FigureReport[],
  periodEndAt: ReadonlyMap<string, Date>,
  asOfAt: Date,
  names: readonly FigureName[],
): Map<string, number> {
  const limit = asOfAt.getTime();
  const ends = endsInMs(periodEndAt);
  const latest = new Map<string, [number, number, number]>();
  for (const r of reports) {
    const end = ends.get(r.periodKey);
    if (end === undefined) continue;
    // The report's own latest instants first, then one look-up per report rather than per revision.
    let any = -Infinity;
    let disbursed = -Infinity;
    let progress = -Infinity;
    for (const v of r.revisions) {
      const sent = v.submittedAt.getTime();
      const at = sent <= end ? sent : end;
      if (at > limit) continue;
      if (at > any) any = at;
      if (v.disbursedTotalVnd !== null && at > disbursed) disbursed = at;
      if (v.progressPermille !== null && at > progress) progress = at;
    }
    if (any === -Infinity) continue;
    const l = latest.get(r.assignmentId);
    if (l === undefined) latest.set(r.assignmentId, [any, disbursed, progress]);
    else {
      if (any > l[0]) l[0] = any;
      if (disbursed > l[1]) l[1] = disbursed;
      if (progress > l[2]) l[2] = progress;
    }
  }
  const index = { status: 0, disbursed: 1, progress: 2 } as const;
  const which = names.map((n) => index[n]);
  const out = new Map<string, number>();
  for (const [id, l] of latest) {
    let since = Infinity;
    for (const i of which) since = Math.min(since, l[i] ?? -Infinity);
    out.set(id, since);
  }
  return out;
}
