import type { ReportingPerson } from "./guided-step.ts";
import { clearWizard, loadWizard } from "./report-wizard-store.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Ends the person's own guided report (nobody else's: the state is kept per person); false when
 * they had none in progress.
 */
export async function cancelGuidedReport(
  deps: ServiceDeps,
  o: { person: ReportingPerson },
): Promise<boolean> {
  const { channel, externalId } = o.person;
  if ((await loadWizard(deps, channel, externalId)) === null) return false;
  await clearWizard(deps, channel, externalId);
  return true;
}
