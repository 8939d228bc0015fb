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

/** The best revision so far for one figure of one assignment (flat and mutable: thousands of them). */
interface Best {
  at: number;
  sent: number;
  revision: Revision | null;
  report: FigureReport | null;
}

/**
 * Every revision standing on or before `asOfAt`, with the instant it stands at (its sending,
 * capped at the end of its period) and its sending, both in epoch milliseconds.
 */
function eachStanding(
  reports: readonly FigureReport[],
  periodEndAt: ReadonlyMap<string, Date>,
  asOfAt: Date,
  visit: (r: FigureReport, v: Revision, at: number, sent: number) => void,
): void {
  const limit = asOfAt.getTime();
  for (const r of reports) {
    const end = periodEndAt.get(r.periodKey)?.getTime();
    if (end === undefined) continue;
    for (const v of r.revisions) {
      const sent = v.submittedAt.getTime();
      const at = sent <= end ? sent : end;
      if (at <= limit) visit(r, v, at, sent);
    }
  }
}

const none = (): Best => ({ at: -Infinity, sent: -Infinity, revision: null, report: null });

/** Does a revision standing at `at`, sent at `sent`, replace `b`: later, or as late and sent later. */
const replaces = (at: number, sent: number, b: Best) => at > b.at || (at === b.at && sent >= b.sent);

function take(b: Best, at: number, sent: number, revision: Revision, report: FigureReport) {
  b.at = at;
  b.sent = sent;
  b.revision = revision;
  b.report = report;
}

function figure<T>(b: Best, value: (r: Revision) => T): Figure<T> | null {
  if (b.revision === null || b.report === null) return null;
  return {
    periodKey: b.report.periodKey,
    reference: b.report.reference,
    submittedAt: b.revision.submittedAt,
    standsAt: new Date(b.at),
    value: value(b.revision),
  };
}

/**
 * Per assignment, the latest status, disbursement and progress standing on or before `asOfAt`.
 * `periodEndAt` gives the end instant of each period key (the end of its last local day).
 */
export function cumulativeFigures(
  reports: readonly FigureReport[],
  periodEndAt: ReadonlyMap<string, Date>,
  asOfAt: Date,
): Map<string, CumulativeFigures> {
  const best = new Map<string, { status: Best; disbursed: Best; progress: Best }>();
  eachStanding(reports, periodEndAt, asOfAt, (r, v, at, sent) => {
    let acc = best.get(r.assignmentId);
    if (acc === undefined) {
      acc = { status: none(), disbursed: none(), progress: none() };
      best.set(r.assignmentId, acc);
    }
    if (replaces(at, sent, acc.status)) take(acc.status, at, sent, v, r);
    if (v.disbursedTotalVnd !== null && replaces(at, sent, acc.disbursed))
      take(acc.disbursed, at, sent, v, r);
    if (v.progressPermille !== null && replaces(at, sent, acc.progress)) take(acc.progress, at, sent, v, r);
  });
  const out = new Map<string, CumulativeFigures>();
  for (const [id, acc] of best)
    out.set(id, {
      status: figure(acc.status, (v) => v.status),
      disbursed: figure(acc.disbursed, (v) => ({
        total: v.disbursedTotalVnd ?? 0n,
        investment: v.disbursedInvestmentVnd,
        recurrent: v.disbursedRecurrentVnd,
      })),
      progressPermille: figure(acc.progress, (v) => v.progressPermille ?? 0),
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
  const latest = new Map<string, [number, number, number]>();
  eachStanding(reports, periodEndAt, asOfAt, (r, v, at) => {
    let l = latest.get(r.assignmentId);
    if (l === undefined) latest.set(r.assignmentId, (l = [-Infinity, -Infinity, -Infinity]));
    if (at > l[0]) l[0] = at;
    if (v.disbursedTotalVnd !== null && at > l[1]) l[1] = at;
    if (v.progressPermille !== null && at > l[2]) l[2] = at;
  });
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
