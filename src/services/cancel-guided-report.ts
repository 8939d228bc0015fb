import type { ReportingPerson } from "./guided-step.ts";
import { clearWizard } from "./report-wizard-store.ts";
import type { ServiceDeps } from "./service-deps.ts";

/** Ends the person's own guided report, if any (nobody else's: the state is kept per person). */
export async function cancelGuidedReport(deps: ServiceDeps, o: { person: ReportingPerson }): Promise<void> {
  await clearWizard(deps, o.person.channel, o.person.externalId);
}
