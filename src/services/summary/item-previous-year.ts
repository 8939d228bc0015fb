// An item carried over from last year's plan (the same code in the program's plan of year − 1):
// last year's allocation and its final cumulative figures (as of the end of last year's last period).
import { allowed, type Caller } from "../../domain/access/roles.ts";
import { figuresByItem } from "../../domain/summary/item-figures.ts";
import { itemRows } from "../../domain/summary/item-rows.ts";
import type { ItemPreviousYear } from "../../domain/summary/year-over-year.ts";
import { AppError } from "../app-error.ts";
import { resolvePlanById } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { previousYearPlan } from "./compare-with-previous-year.ts";
import { loadSummarySnapshot } from "./load-summary-snapshot.ts";

/** Null when there is no plan of last year or it has no item of that code. */
export async function itemPreviousYear(
  deps: ServiceDeps,
  o: { actor: Caller; itemCode: string; planId?: string | undefined; planCode?: string | undefined },
): Promise<ItemPreviousYear | null> {
  if (!allowed(o.actor, "reports.review") && !allowed(o.actor, "report.submit"))
    throw new AppError("forbidden");
  const plan = await resolvePlanById(deps, o.planId, o.planCode);
  const previous = await previousYearPlan(deps, plan);
  if (previous === null) return null;
  const exists = await deps.db.workItem.findUnique({
    where: { planId_code: { planId: previous.id, code: o.itemCode } },
    select: { id: true },
  });
  if (exists === null) return null;
  const last = await deps.db.reportingPeriod.findFirst({
    where: { planId: previous.id },
    orderBy: { endDate: "desc" },
    select: { endDate: true },
  });
  if (last === null) return null;
  const s = await loadSummarySnapshot(deps, undefined, { planId: previous.id, asOf: last.endDate });
  const [row] = itemRows(s, figuresByItem(s, s.asOf.at), new Map(), (i) => i.code === o.itemCode);
  return row ? { planCode: previous.code, year: previous.year, asOf: last.endDate, row } : null;
}
