// The guided report a person has in progress, kept in the database so a restart resumes it. Every
// typed message first looks for one (continue-guided-report.ts): one Session row, read and written
// straight through the driver as drafts are (report-drafts.ts).
import type { WizardState } from "../../domain/replies/report-wizard.ts";
import { parseWithBigInt, stringifyWithBigInt } from "../../db/json-with-bigint.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { deleteSession, readSession, writeSession } from "./report-drafts.ts";

/** Kept per person, not per chat: in a group, one person's answers never move another's report. */
const key = (channel: string, personId: string) => `wizard:${channel}:person:${personId}`;

export async function loadWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  personId: string,
): Promise<WizardState | null> {
  const value = await readSession(deps, key(channel, personId));
  return value === null ? null : parseWithBigInt<WizardState>(value);
}

export async function saveWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  personId: string,
  state: WizardState,
): Promise<void> {
  await writeSession(deps, key(channel, personId), stringifyWithBigInt(state));
}

export async function clearWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  personId: string,
): Promise<void> {
  await deleteSession(deps, key(channel, personId));
}
