import type { AttachmentRef } from "../../domain/replies/report-wizard.ts";
import type { ReportingPerson } from "./guided-step.ts";
import { loadWizard, saveWizard } from "./report-wizard-store.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** A photo or document sent during the person's guided report joins it: the count, or null when none runs. */
export async function attachToGuidedReport(
  deps: ServiceDeps,
  o: { person: ReportingPerson; file: AttachmentRef },
): Promise<number | null> {
  const state = await loadWizard(deps, o.person.channel, o.person.externalId);
  if (state === null) return null;
  state.attachments = [...(state.attachments ?? []), o.file];
  await saveWizard(deps, o.person.channel, o.person.externalId, state);
  return state.attachments.length;
}
