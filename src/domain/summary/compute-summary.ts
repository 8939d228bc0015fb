// The summary for a plan and a period, computed by pure functions from a snapshot.
// Completeness and timeliness as DHIS2 defines them; money exact in VND, shown in million VND.
import { daysLateCounter } from "../calendar/days-late.ts";
import { topmostGaps } from "../plan/item-tree.ts";
import type { ReportStatus } from "../replies/reply-fields.ts";
import type { SnapshotRevision, SummarySnapshot } from "./summary-types.ts";

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

export interface LateRow {
  agency: string;
  item: string;
  kind: "missing" | "late";
  daysLate: number;
  assignmentId: string;
}

export interface Summary {
  period: { key: string; label: string; dueDate: string };
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
  disbursementRate: number | null;
  agencies: AgencyRow[];
  items: ItemRow[];
  late: LateRow[];
  notes: { item: string; agency: string; obstacles: string | null; proposals: string | null }[];
  gaps: { noLead: string[]; noBudget: string[] };
  movement: { moved: string[]; stalled: string[] };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const latest = (revisions: SnapshotRevision[]) => revisions.at(-1) ?? null;

function sumLines(lines: SummarySnapshot["budgetLines"]): Money {
  const m: Money = { total: 0n, investment: 0n, recurrent: 0n };
  for (const l of lines) {
    m[l.capitalType] += l.amountVnd;
    m.total += l.amountVnd;
  }
  return m;
}

/** A project's status from its items': stuck if any is, completed if all are, else in progress. */
function combineStatus(statuses: ReportStatus[]): ReportStatus | null {
  if (statuses.length === 0) return null;
  if (statuses.includes("stuck")) return "stuck";
  if (statuses.every((s) => s === "completed")) return "completed";
  if (statuses.every((s) => s === "not-started")) return "not-started";
  return "in-progress";
}

/** Reports of the period and the previous one, by assignment. */
function reportIndex(s: SummarySnapshot) {
  const reportOf = new Map(s.reports.map((r) => [`${r.assignmentId}|${r.periodKey}`, r]));
  return {
    current: (assignmentId: string) => reportOf.get(`${assignmentId}|${s.period.key}`),
    previous: (assignmentId: string) =>
      s.previous ? reportOf.get(`${assignmentId}|${s.previous.key}`) : undefined,
  };
}
type ReportIndex = ReturnType<typeof reportIndex>;

/** Completeness and timeliness (received by the deadline counts the first revision), and who is late. */
function countReceipts(s: SummarySnapshot, reports: ReportIndex) {
  const dueAt = s.period.dueAt.getTime();
  const daysAfter = daysLateCounter(s.period.dueDate, s.plan.timezone);
  const lateBy = (at: Date) => Math.max(1, daysAfter(at));
  const agencies = new Map<string, AgencyRow>(
    s.agencies.map((a) => [
      a.code,
      {
        code: a.code,
        name: a.name,
        expected: 0,
        received: 0,
        onTime: 0,
        completeness: null,
        timeliness: null,
      },
    ]),
  );
  const late: LateRow[] = [];
  const totals = { expected: 0, received: 0, onTime: 0 };
  for (const a of s.assignments) {
    const row = agencies.get(a.agencyCode);
    const count = (field: "expected" | "received" | "onTime") => {
      totals[field]++;
      if (row) row[field]++;
    };
    count("expected");
    const first = reports.current(a.id)?.revisions[0];
    const base = { agency: a.agencyCode, item: a.itemCode, assignmentId: a.id };
    if (first === undefined) {
      if (s.now.getTime() > dueAt) late.push({ ...base, kind: "missing", daysLate: lateBy(s.now) });
      continue;
    }
    count("received");
    if (first.submittedAt.getTime() <= dueAt) count("onTime");
    else late.push({ ...base, kind: "late", daysLate: lateBy(first.submittedAt) });
  }
  for (const r of agencies.values()) {
    r.completeness = ratio(r.received, r.expected);
    r.timeliness = ratio(r.onTime, r.expected);
  }
  late.sort((a, b) => b.daysLate - a.daysLate || a.agency.localeCompare(b.agency));
  return { ...totals, agencies: [...agencies.values()].filter((a) => a.expected > 0), late };
}

/** Per item: the latest revision of the period and of the previous one (one per item, lead first). */
function latestByItem(s: SummarySnapshot, reports: ReportIndex) {
  const byItem = new Map<string, { now: SnapshotRevision | null; before: SnapshotRevision | null }>();
  const leadFirst = [...s.assignments].sort(
    (x, y) => (x.role === "lead" ? -1 : 0) - (y.role === "lead" ? -1 : 0),
  );
  for (const a of leadFirst) {
    if (byItem.has(a.itemCode)) continue;
    byItem.set(a.itemCode, {
      now: latest(reports.current(a.id)?.revisions ?? []),
      before: latest(reports.previous(a.id)?.revisions ?? []),
    });
  }
  return byItem;
}

/** Projects and sub-projects: allocation (a shared line once), disbursement, weighted progress, status. */
function itemRows(s: SummarySnapshot, reports: ReportIndex): ItemRow[] {
  const byItem = latestByItem(s, reports);
  const children = new Map<string, string[]>();
  for (const i of s.items) {
    if (!i.parentCode) continue;
    const list = children.get(i.parentCode);
    if (list) list.push(i.code);
    else children.set(i.parentCode, [i.code]);
  }
  const subtree = (code: string, into: Set<string> = new Set()): Set<string> => {
    into.add(code);
    for (const c of children.get(code) ?? []) subtree(c, into);
    return into;
  };
  const linesOf = new Map<string, SummarySnapshot["budgetLines"]>();
  for (const l of s.budgetLines)
    for (const c of l.itemCodes) {
      const list = linesOf.get(c);
      if (list) list.push(l);
      else linesOf.set(c, [l]);
    }
  const rows: ItemRow[] = [];
  for (const item of s.items.filter((i) => i.level === "project" || i.level === "subproject")) {
    const codes = subtree(item.code);
    const allocated = sumLines([...new Set([...codes].flatMap((c) => linesOf.get(c) ?? []))]);
    let disbursed = 0n;
    const progress: { pct: number; weight: bigint }[] = [];
    const before: { pct: number; weight: bigint }[] = [];
    const statuses: ReportStatus[] = [];
    for (const code of codes) {
      const r = byItem.get(code);
      if (!r?.now) continue;
      disbursed += r.now.disbursedTotalVnd ?? 0n;
      statuses.push(r.now.status);
      const weight = sumLines(linesOf.get(code) ?? []).total;
      if (r.now.progressPermille !== null) progress.push({ pct: r.now.progressPermille / 10, weight });
      if (r.before?.progressPermille != null) before.push({ pct: r.before.progressPermille / 10, weight });
    }
    const pct = weightedMean(progress);
    const pctBefore = weightedMean(before);
    rows.push({
      code: item.code,
      title: item.title,
      level: item.level,
      allocated,
      disbursed,
      disbursementRate: allocated.total === 0n ? null : Number(disbursed) / Number(allocated.total),
      progressPct: pct,
      status: combineStatus(statuses),
      progressDelta: pct !== null && pctBefore !== null ? Math.round((pct - pctBefore) * 10) / 10 : null,
    });
  }
  return rows;
}

/** Obstacles and proposals of the latest revisions. */
function collectNotes(s: SummarySnapshot, reports: ReportIndex): Summary["notes"] {
  const notes: Summary["notes"] = [];
  for (const a of s.assignments) {
    const r = latest(reports.current(a.id)?.revisions ?? []);
    if (r && (r.obstacles || r.proposals))
      notes.push({ item: a.itemCode, agency: a.agencyCode, obstacles: r.obstacles, proposals: r.proposals });
  }
  return notes;
}

/** The plan's own gaps: items (topmost) with no lead agency, or no budget. */
function planGaps(s: SummarySnapshot): Summary["gaps"] {
  const models = s.items.map((i) => ({ ...i, number: null, position: 0, activities: [] }));
  const withLead = new Set(s.leads.map((l) => l.itemCode));
  const withBudget = new Set(s.budgetLines.flatMap((l) => l.itemCodes));
  return { noLead: topmostGaps(models, withLead), noBudget: topmostGaps(models, withBudget) };
}

export function computeSummary(s: SummarySnapshot): Summary {
  const reports = reportIndex(s);
  const receipts = countReceipts(s, reports);
  const rows = itemRows(s, reports);
  const allocated = sumLines(s.budgetLines);
  const projects = rows.filter((r) => r.level === "project");
  const disbursed = projects.reduce((sum, r) => sum + r.disbursed, 0n);
  const d = s.plan.declared;
  return {
    period: { key: s.period.key, label: s.period.label, dueDate: s.period.dueDate },
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
    disbursementRate: allocated.total === 0n ? null : Number(disbursed) / Number(allocated.total),
    agencies: receipts.agencies,
    items: rows,
    late: receipts.late,
    notes: collectNotes(s, reports),
    gaps: planGaps(s),
    movement: {
      moved: projects.filter((r) => (r.progressDelta ?? 0) > 0).map((r) => r.code),
      stalled: projects.filter((r) => r.progressDelta === 0).map((r) => r.code),
    },
  };
}

function weightedMean(xs: { pct: number; weight: bigint }[]): number | null {
  if (xs.length === 0) return null;
  const total = xs.reduce((s, x) => s + Number(x.weight), 0);
  const mean =
    total > 0
      ? xs.reduce((s, x) => s + x.pct * Number(x.weight), 0) / total
      : xs.reduce((s, x) => s + x.pct, 0) / xs.length;
  return Math.round(mean * 10) / 10;
}
