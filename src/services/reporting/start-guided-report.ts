import type { Actor } from "../../domain/access/roles.ts";
import { startWizard } from "../../domain/replies/report-wizard.ts";
import { guidedStep, type GuidedStep, type ReportingPerson } from "./guided-step.ts";
import { reportableAssignments } from "./reportable-assignments.ts";
import type { ServiceDeps } from "../service-deps.ts";

export type GuidedPreset = Parameters<typeof startWizard>[0];

/** Starts (or restarts) a focal point's guided report; an agency with one item skips the choice. */
export async function startGuidedReport(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; preset?: GuidedPreset },
): Promise<GuidedStep> {
  const mine = await reportableAssignments(deps, o.actor);
  const preset = o.preset ?? {};
  const only = mine.length === 1 ? mine[0] : undefined;
  const state = startWizard({
    ...preset,
    ...(only && !preset.assignmentId ? { assignmentId: only.assignmentId } : {}),
  });
  return guidedStep(deps, { actor: o.actor, person: o.person, state, assignments: mine });
}
