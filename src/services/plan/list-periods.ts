import { resolvePlan } from "./resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface PeriodRow {
  key: string;
  label: string;
  startDate: string;
  endDate: string;
  dueDate: string;
  dueAt: Date;
}

/** A plan's reporting periods (default: the only active plan), by deadline. */
export async function listPeriods(
  deps: Pick<ServiceDeps, "db">,
  planCode?: string | undefined,
): Promise<{ plan: string; periods: PeriodRow[] }> {
  const plan = await resolvePlan(deps, planCode);
  const periods = await deps.db.reportingPeriod.findMany({
    where: { planId: plan.id },
    orderBy: [{ dueAt: "asc" }, { key: "asc" }],
    select: { key: true, label: true, startDate: true, endDate: true, dueDate: true, dueAt: true },
  });
  return { plan: plan.code, periods };
}
