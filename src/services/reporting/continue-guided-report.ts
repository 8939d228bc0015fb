import type { Actor } from "../../domain/access/roles.ts";
import { advanceWizard, type WizardInput, type WizardResult } from "../../domain/replies/report-wizard.ts";
import { guidedStep, type GuidedStep, type ReportingPerson } from "./guided-step.ts";
import { loadWizard } from "./report-wizard-store.ts";
import type { ServiceDeps } from "../service-deps.ts";

export type GuidedAnswer = GuidedStep | { kind: "refused"; error: NonNullable<WizardResult["error"]> };

/** Feeds one answer to the person's guided report; null when they have none in progress. */
export async function continueGuidedReport(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; input: WizardInput },
): Promise<GuidedAnswer | null> {
  const state = await loadWizard(deps, o.person.channel, o.person.externalId);
  if (state === null) return null;
  const result = advanceWizard(state, o.input);
  if (result.error) return { kind: "refused", error: result.error };
  return guidedStep(deps, { actor: o.actor, person: o.person, state: result.state });
}
