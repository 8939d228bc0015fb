import type { Actor } from "../../domain/access/roles.ts";
import type { WizardState } from "../../domain/replies/report-wizard.ts";
import { draftReport, type DraftView } from "./draft-report.ts";
import { clearWizard, saveWizard } from "./report-wizard-store.ts";
import { reportableAssignments, type ReportableAssignment } from "./reportable-assignments.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** The person a guided report belongs to: their account on a channel (not the chat it runs in). */
export interface ReportingPerson {
  channel: string;
  externalId: string;
}

/** What the guided report shows next: a question (with what the person may pick) or the draft. */
export type GuidedStep =
  | { kind: "ask"; state: WizardState; assignments: ReportableAssignment[] }
  | { kind: "draft"; draft: DraftView };

/**
 * Keeps the dialogue's state and returns the next question; when every answer is in, drafts the
 * report and only then ends the dialogue, so a refusal keeps every answer given so far.
 */
export async function guidedStep(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; state: WizardState; assignments?: ReportableAssignment[] },
): Promise<GuidedStep> {
  const { channel, externalId } = o.person;
  if (o.state.step === "done") {
    const draft = await draftReport(deps, {
      actor: o.actor,
      value: o.state.value,
      assignmentId: o.state.assignmentId,
      periodId: o.state.periodId,
      channel,
      sourceText: null,
      attachments: o.state.attachments ?? [],
    });
    await clearWizard(deps, channel, externalId);
    return { kind: "draft", draft };
  }
  await saveWizard(deps, channel, externalId, o.state);
  return {
    kind: "ask",
    state: o.state,
    assignments: o.assignments ?? (await reportableAssignments(deps, o.actor)),
  };
}
