import { findPeriod } from "../../domain/calendar/period-key.ts";
import { AppError } from "../app-error.ts";
import { listPeriods } from "./list-periods.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * A plan's period key for a period as a person wrote it ("Q2", "quý 2", "2023-q2",
 * "6 tháng", "cả năm"); undefined stays undefined (the default period). An unknown period is an
 * error that lists the valid ones.
 */
export async function resolvePeriodKey(
  deps: Pick<ServiceDeps, "db">,
  text: string | undefined,
  planCode?: string | undefined,
): Promise<string | undefined> {
  if (text === undefined) return undefined;
  const { periods } = await listPeriods(deps, planCode);
  const period = findPeriod(periods, text);
  if (period === null) {
    throw new AppError("unknown-summary-period", {
      value: text,
      periods: periods.map((p) => p.key).join(", "),
    });
  }
  return period.key;
}
