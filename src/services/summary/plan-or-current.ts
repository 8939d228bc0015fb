import { AppError } from "../app-error.ts";
import { currentPlan } from "../plan/current-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** The plan a summary is asked for by id, or the current one. */
export async function planOrCurrent(deps: Pick<ServiceDeps, "db">, planId: string | undefined) {
  if (planId === undefined) return currentPlan(deps);
  const plan = await deps.db.plan.findUnique({ where: { id: planId } });
  if (plan === null) throw new AppError("no-plan");
  return plan;
}
