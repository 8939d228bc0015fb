import { allowed, type Caller } from "../../domain/access/roles.ts";
import { computeSummary, type Summary } from "../../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../../domain/summary/summary-types.ts";
import { AppError } from "../app-error.ts";
import { loadSummarySnapshot } from "./load-summary-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * The plan's summary for a period, with the snapshot it was computed from (for the details a
 * view needs). Cumulative figures as of `asOf` (a local date; default: the period's last day, or
 * today before it).
 * Leaders, the standing office and admins only ("system": the CLI).
 */
export async function summarizePlan(
  deps: ServiceDeps,
  o: {
    actor: Caller;
    periodKey?: string | undefined;
    /** The plan by id, else by code (default: the only active plan). */
    planId?: string | undefined;
    planCode?: string | undefined;
    asOf?: string | undefined;
  },
): Promise<{ summary: Summary; snapshot: SummarySnapshot }> {
  if (!allowed(o.actor, "reports.review")) throw new AppError("forbidden");
  const snapshot = await loadSummarySnapshot(deps, o.periodKey, {
    planId: o.planId,
    planCode: o.planCode,
    asOf: o.asOf,
  });
  return { summary: computeSummary(snapshot), snapshot };
}
