import { AppError } from "../app-error.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** The plan a summary is asked for: by id, else by code, else the only active plan (resolvePlan). */
export async function planOrCurrent(
  deps: Pick<ServiceDeps, "db">,
  planId: string | undefined,
  planCode?: string | undefined,
) {
  if (planId === undefined) return resolvePlan(deps, planCode);
  const plan = await deps.db.plan.findUnique({ where: { id: planId } });
  if (plan === null) throw new AppError("no-plan");
  return plan;
}
