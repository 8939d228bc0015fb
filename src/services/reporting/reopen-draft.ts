import type { Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { GuidedStep, ReportingPerson } from "./guided-step.ts";
import { deleteDraft, loadDraft } from "./report-drafts.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { startGuidedReport } from "./start-guided-report.ts";

/**
 * "Edit" on a draft: its answers go back into a guided report (its author only). The draft is
 * dropped once the dialogue holds them, so nothing is lost if starting fails.
 */
export async function reopenDraft(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; draftId: string },
): Promise<GuidedStep> {
  const draft = await loadDraft(deps, o.draftId);
  if (draft === null) throw new AppError("draft-expired");
  if (draft.memberId !== o.actor.memberId) throw new AppError("forbidden");
  const step = await startGuidedReport(deps, {
    actor: o.actor,
    person: o.person,
    preset: {
      assignmentId: draft.assignmentId,
      periodId: draft.periodId,
      value: { ...draft.value, status: draft.status },
      attachments: draft.attachments,
    },
  });
  await deleteDraft(deps, o.draftId);
  return step;
}
