// Per work item: the cumulative figures of the assignment that speaks for it (lead first; the first
// reporting assignment that has figures), as of an instant.
import { cumulativeFigures, type CumulativeFigures, type FigureName } from "./cumulative-figures.ts";
import type { SummarySnapshot } from "./summary-types.ts";

export interface ItemFigures extends CumulativeFigures {
  agencyCode: string;
}

export type FiguresByItem = Map<string, ItemFigures>;

type FigureSnapshot = Pick<SummarySnapshot, "assignments" | "otherReporters" | "reports" | "periods">;

/** The end instant of each period key, for `cumulativeFigures`. */
export const periodEnds = (s: Pick<SummarySnapshot, "periods">): Map<string, Date> =>
  new Map(s.periods.map((p) => [p.key, p.endAt]));

/** Per item, its figures as of `asOfAt` (those `names` asks for; the others null). */
export function figuresByItem(s: FigureSnapshot, asOfAt: Date, names?: readonly FigureName[]): FiguresByItem {
  const byAssignment = cumulativeFigures(s.reports, periodEnds(s), asOfAt, names);
  const out: FiguresByItem = new Map();
  // Leads first, then the others, each in the snapshot's order (a stable partition, not a sort).
  for (const leads of [true, false])
    for (const list of [s.assignments, s.otherReporters])
      for (const a of list) {
        if ((a.role === "lead") !== leads || out.has(a.itemCode)) continue;
        const f = byAssignment.get(a.id);
        if (f)
          out.set(a.itemCode, {
            status: f.status,
            disbursed: f.disbursed,
            progressPermille: f.progressPermille,
            agencyCode: a.agencyCode,
          });
      }
  return out;
}
