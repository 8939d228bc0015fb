// The summary for a plan and a period, computed by pure functions from a snapshot.
// Completeness and timeliness as DHIS2 defines them; money exact in VND, shown in million VND.
// Disbursement and progress are cumulative: each item's figures are the latest reported on or
// before the summary's as-of date, from whichever period's report carried them
// (see cumulative-figures.ts); completeness, timeliness and notes are the period's own reports.
import { localDate } from "../format-date.ts";
import { topmostGaps } from "../plan/item-tree.ts";
import type { ReportStatus } from "../replies/reply-fields.ts";
import { byText, countReceipts, ratio } from "./count-receipts.ts";
import { figuresByItem, type FiguresByItem } from "./item-figures.ts";
import { itemRows, sumLines } from "./item-rows.ts";
import type { SummarySnapshot } from "./summary-types.ts";

export interface Money {
  total: bigint;
  investment: bigint;
  recurrent: bigint;
}

export interface ItemRow {
  code: string;
  title: string;
  level: string;
  allocated: Money;
  disbursed: bigint;
  /** disbursed / allocated total, or null without a budget. */
  disbursementRate: number | null;
  progressPct: number | null;
  status: ReportStatus | null;
  /** Change of progress since the previous period (null: nothing to compare). */
  progressDelta: number | null;
}

export interface AgencyRow {
  code: string;
  name: string;
  expected: number;
  received: number;
  onTime: number;
  completeness: number | null;
  timeliness: number | null;
}

/**
 * A late or missing report. `late`: arrived `daysLate` days after the deadline; `missing`: not in
 * yet, `daysLate` days after the deadline now; `unreported`: never sent, and the plan is closed or
 * the catch-up is over (no day count: the deadline says it all).
 */
export type LateRow = { agency: string; item: string; assignmentId: string } & (
  { kind: "missing" | "late"; daysLate: number } | { kind: "unreported"; daysLate: null }
);

/** A figure of the summary taken from a report filed for another period. */
export interface CarriedFigure {
  item: string;
  agency: string;
  periodKey: string;
  periodLabel: string;
  submittedAt: Date;
  /** The local date it was sent. */
  submittedDate: string;
}

export interface Summary {
  period: { key: string; label: string; dueDate: string };
  /** Cumulative figures stand as of this local date. */
  asOf: string;
  expected: number;
  received: number;
  onTime: number;
  completeness: number | null;
  timeliness: number | null;
  allocated: Money;
  declared: SummarySnapshot["plan"]["declared"];
  /** Allocated lines equal the declared totals by capital type. */
  reconciles: boolean;
  disbursed: bigint;
  /** Cumulative disbursement reported by capital type (what was reported as a total only is not in). */
  disbursedSplit: { investment: bigint; recurrent: bigint };
  disbursementRate: number | null;
  agencies: AgencyRow[];
  items: ItemRow[];
  late: LateRow[];
  notes: { item: string; agency: string; obstacles: string | null; proposals: string | null }[];
  gaps: { noLead: string[]; noBudget: string[] };
  movement: { moved: string[]; stalled: string[] };
  /** Items whose cumulative figures come from another period's report. */
  carried: CarriedFigure[];
}

/** Obstacles and proposals of the period's own latest revisions. */
function collectNotes(s: SummarySnapshot): Summary["notes"] {
  const notes: Summary["notes"] = [];
  const reportOf = new Map(
    s.reports.filter((r) => r.periodKey === s.period.key).map((r) => [r.assignmentId, r]),
  );
  for (const a of s.assignments) {
    const r = reportOf.get(a.id)?.revisions.at(-1);
    if (r && (r.obstacles || r.proposals))
      notes.push({ item: a.itemCode, agency: a.agencyCode, obstacles: r.obstacles, proposals: r.proposals });
  }
  return notes;
}

function splitOf(now: FiguresByItem): Summary["disbursedSplit"] {
  const split = { investment: 0n, recurrent: 0n };
  for (const f of now.values()) {
    split.investment += f.disbursed?.value.investment ?? 0n;
    split.recurrent += f.disbursed?.value.recurrent ?? 0n;
  }
  return split;
}

/** Figures taken from reports of other periods than the summary's, one line per item and report. */
function carriedFigures(s: SummarySnapshot, now: FiguresByItem): CarriedFigure[] {
  const labels = new Map(s.periods.map((p) => [p.key, p.label]));
  const out: CarriedFigure[] = [];
  for (const [item, f] of now) {
    const sources = [f.disbursed, f.progressPermille].filter((x) => x !== null);
    const seen = new Set<string>();
    for (const src of sources) {
      if (src.periodKey === s.period.key || seen.has(src.reference)) continue;
      seen.add(src.reference);
      out.push({
        item,
        agency: f.agencyCode,
        periodKey: src.periodKey,
        periodLabel: labels.get(src.periodKey) ?? src.periodKey,
        submittedAt: src.submittedAt,
        submittedDate: localDate(src.submittedAt, s.plan.timezone),
      });
    }
  }
  return out.sort((a, b) => byText(a.item, b.item));
}

/** The plan's own gaps: items (topmost) with no lead agency, or no budget. */
function planGaps(s: SummarySnapshot): Summary["gaps"] {
  const withLead = new Set(s.leads.map((l) => l.itemCode));
  const withBudget = new Set(s.budgetLines.flatMap((l) => l.itemCodes));
  return { noLead: topmostGaps(s.items, withLead), noBudget: topmostGaps(s.items, withBudget) };
}

export function computeSummary(s: SummarySnapshot): Summary {
  const receipts = countReceipts(s);
  const now = figuresByItem(s, s.asOf.at);
  // As of the previous period's end, only progress is compared (the change of progress).
  const before = s.previous ? figuresByItem(s, s.previous.endAt, ["progress"]) : new Map();
  const rows = itemRows(s, now, before, (i) => i.level === "project" || i.level === "subproject");
  const allocated = sumLines(s.budgetLines);
  const projects = rows.filter((r) => r.level === "project");
  const disbursed = projects.reduce((sum, r) => sum + r.disbursed, 0n);
  const d = s.plan.declared;
  return {
    period: { key: s.period.key, label: s.period.label, dueDate: s.period.dueDate },
    asOf: s.asOf.date,
    expected: receipts.expected,
    received: receipts.received,
    onTime: receipts.onTime,
    completeness: ratio(receipts.received, receipts.expected),
    timeliness: ratio(receipts.onTime, receipts.expected),
    allocated,
    declared: d,
    reconciles:
      allocated.investment === d.investment &&
      allocated.recurrent === d.recurrent &&
      allocated.total === d.total,
    disbursed,
    disbursedSplit: splitOf(now),
    disbursementRate: allocated.total === 0n ? null : Number(disbursed) / Number(allocated.total),
    agencies: receipts.agencies,
    items: rows,
    late: receipts.late,
    notes: collectNotes(s),
    gaps: planGaps(s),
    movement: {
      moved: projects.filter((r) => (r.progressDelta ?? 0) > 0).map((r) => r.code),
      stalled: projects.filter((r) => r.progressDelta === 0).map((r) => r.code),
    },
    carried: carriedFigures(s, now),
  };
}
