import type { Actor } from "../domain/access/roles.ts";
import { AppError } from "./app-error.ts";
import type { GuidedStep, ReportingPerson } from "./guided-step.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { startGuidedReport } from "./start-guided-report.ts";

/** "Report now" on a reminder: the guided report with its item and period known (its recipient only). */
export async function startReportFromReminder(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; reminderId: string },
): Promise<GuidedStep> {
  const row = await deps.db.reminderOutbox.findUnique({
    where: { id: o.reminderId },
    select: { assignmentId: true, periodId: true, recipientMemberId: true },
  });
  if (row === null || row.recipientMemberId !== o.actor.memberId) throw new AppError("forbidden");
  return startGuidedReport(deps, {
    actor: o.actor,
    person: o.person,
    preset: { assignmentId: row.assignmentId, periodId: row.periodId },
  });
}
