import { allowed, type Caller } from "../../domain/access/roles.ts";
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { summarizePlan } from "./summarize-plan.ts";

/** The period's late and missing reports, and whether the asker may re-send reminders for them. */
export async function listOverdue(
  deps: ServiceDeps,
  o: { actor: Caller; periodKey?: string | undefined; planCode?: string | undefined },
): Promise<{ summary: Summary; canResend: boolean }> {
  const { summary } = await summarizePlan(deps, o);
  return { summary, canResend: allowed(o.actor, "reminders.manage") };
}
