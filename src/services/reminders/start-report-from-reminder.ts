import type { Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { findReminderTarget } from "./find-reminder-target.ts";
import type { GuidedStep, ReportingPerson } from "../reporting/guided-step.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { startGuidedReport } from "../reporting/start-guided-report.ts";

/** "Report now" on a reminder: the guided report with its item and period known (its recipient only). */
export async function startReportFromReminder(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; reminderId: string },
): Promise<GuidedStep> {
  const target = await findReminderTarget(deps, { memberId: o.actor.memberId, outboxId: o.reminderId });
  if (target === null) throw new AppError("forbidden");
  return startGuidedReport(deps, { actor: o.actor, person: o.person, preset: target });
}
