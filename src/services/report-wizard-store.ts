import type { WizardState } from "../domain/replies/report-wizard.ts";
import { parseWithBigInt, stringifyWithBigInt } from "./json-with-bigint.ts";
import type { ServiceDeps } from "./service-deps.ts";

const key = (channel: string, chatId: string) => `wizard:${channel}:${chatId}`;

/** The guided report in progress for a chat, kept in the database so a restart resumes it. */
export async function loadWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  chatId: string,
): Promise<WizardState | null> {
  const row = await deps.db.session.findUnique({ where: { key: key(channel, chatId) } });
  if (row === null) return null;
  return parseWithBigInt<WizardState>(row.value);
}

export async function saveWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  chatId: string,
  state: WizardState,
): Promise<void> {
  const k = key(channel, chatId);
  const value = stringifyWithBigInt(state);
  await deps.db.session.upsert({ where: { key: k }, create: { key: k, value }, update: { value } });
}

export async function clearWizard(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
  chatId: string,
): Promise<void> {
  await deps.db.session.deleteMany({ where: { key: key(channel, chatId) } });
}
