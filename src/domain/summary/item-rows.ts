// Items' rows: allocation (a shared budget line once), cumulative disbursement, progress weighted by
// budget, combined status, and the change of progress since the previous period.
import type { ReportStatus } from "../replies/reply-fields.ts";
import type { ItemRow, Money } from "./compute-summary.ts";
import type { FiguresByItem } from "./item-figures.ts";
import type { SummarySnapshot } from "./summary-types.ts";

type ItemSnapshot = Pick<SummarySnapshot, "items" | "budgetLines">;

export function sumLines(lines: SummarySnapshot["budgetLines"]): Money {
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

/** Percentages weighted by budget (the weights as numbers, converted once per item). */
function weightedMean(xs: { pct: number; weight: number }[]): number | null {
  if (xs.length === 0) return null;
  const total = xs.reduce((s, x) => s + x.weight, 0);
  const mean =
    total > 0
      ? xs.reduce((s, x) => s + x.pct * x.weight, 0) / total
      : xs.reduce((s, x) => s + x.pct, 0) / xs.length;
  return Math.round(mean * 10) / 10;
}

/**
 * Rows for the items `select` picks (each over its whole subtree), from the figures as of the
 * summary's date (`now`) and as of the previous period's end (`before`, for the change).
 */
export function itemRows(
  s: ItemSnapshot,
  now: FiguresByItem,
  before: FiguresByItem,
  select: (item: SummarySnapshot["items"][number]) => boolean,
): ItemRow[] {
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
  // An item's weight: its own lines' total, as the number the mean uses (computed once per item).
  const weights = new Map<string, number>();
  const weightOf = (code: string) => {
    let w = weights.get(code);
    if (w === undefined) weights.set(code, (w = Number(sumLines(linesOf.get(code) ?? []).total)));
    return w;
  };
  const rows: ItemRow[] = [];
  for (const item of s.items.filter(select)) {
    const codes = subtree(item.code);
    const allocated = sumLines([...new Set([...codes].flatMap((c) => linesOf.get(c) ?? []))]);
    let disbursed = 0n;
    const progress: { pct: number; weight: number }[] = [];
    const earlier: { pct: number; weight: number }[] = [];
    const statuses: ReportStatus[] = [];
    for (const code of codes) {
      const f = now.get(code);
      if (!f) continue;
      disbursed += f.disbursed?.value.total ?? 0n;
      if (f.status) statuses.push(f.status.value);
      if (f.progressPermille) progress.push({ pct: f.progressPermille.value / 10, weight: weightOf(code) });
      const b = before.get(code)?.progressPermille;
      if (b) earlier.push({ pct: b.value / 10, weight: weightOf(code) });
    }
    const pct = weightedMean(progress);
    const pctBefore = weightedMean(earlier);
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
