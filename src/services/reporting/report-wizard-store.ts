import type { WizardState } from "../../domain/replies/report-wizard.ts";
import { parseWithBigInt, stringifyWithBigInt } from "../../db/json-with-bigint.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Kept per person, not per chat: in a group, one person's answers never move another's report. */
const key = (channel: string, personId: string) => `wizard:${channel}:person:${personId}`;

/** The guided report a person has in progress, kept in the database so a restart resumes it. */
export async function loadWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  personId: string,
): Promise<WizardState | null> {
  const row = await deps.db.session.findUnique({ where: { key: key(channel, personId) } });
  if (row === null) return null;
  return parseWithBigInt<WizardState>(row.value);
}

export async function saveWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  personId: string,
  state: WizardState,
): Promise<void> {
  const k = key(channel, personId);
  const value = stringifyWithBigInt(state);
  await deps.db.session.upsert({ where: { key: k }, create: { key: k, value }, update: { value } });
}

export async function clearWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  personId: string,
): Promise<void> {
  await deps.db.session.deleteMany({ where: { key: key(channel, personId) } });
}
