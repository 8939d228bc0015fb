import { currentPlan } from "./current-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface PeriodRow {
  key: string;
  label: string;
  startDate: string;
  endDate: string;
  dueDate: string;
  dueAt: Date;
}

/** The current plan's reporting periods, by deadline. */
export async function listPeriods(
  deps: Pick<ServiceDeps, "db">,
): Promise<{ plan: string; periods: PeriodRow[] }> {
  const plan = await currentPlan(deps);
  const periods = await deps.db.reportingPeriod.findMany({
    where: { planId: plan.id },
    orderBy: [{ dueAt: "asc" }, { key: "asc" }],
    select: { key: true, label: true, startDate: true, endDate: true, dueDate: true, dueAt: true },
  });
  return { plan: plan.code, periods };
}
