import { computeSummary, type Summary } from "../domain/summary/compute-summary.ts";
import { can, type Actor } from "../domain/access/roles.ts";
import { AppError } from "./app-error.ts";
import { loadSummarySnapshot } from "./load-summary-snapshot.ts";
import type { ServiceDeps } from "./service-deps.ts";

/** The plan's summary for a period; leaders, the standing office and admins only ("system": the CLI). */
export async function summarizePlan(
  deps: ServiceDeps,
  o: { actor: Actor | "system"; periodKey?: string | undefined },
): Promise<Summary> {
  if (o.actor !== "system" && (o.actor.role === "focal-point" || !can(o.actor, "agency.list")))
    throw new AppError("forbidden");
  return computeSummary(await loadSummarySnapshot(deps, o.periodKey));
}
