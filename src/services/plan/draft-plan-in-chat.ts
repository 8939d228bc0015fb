// Use case: a plan drafted from a document sent in the chat. Drafts it as `plan draft` does and,
// when there is a draft, keeps it (replacing the person's previous one) until they import or skip it.
import { randomUUID } from "node:crypto";
import type { Actor } from "../../domain/access/roles.ts";
import type { Locale } from "../../i18n/translator.ts";
import type { ReportingPerson } from "../reporting/guided-step.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { draftPlanFromDocument, type DraftPlanFromDocumentResult } from "./draft-plan-from-document.ts";
import { pendingPlanDraftKey, type TPendingPlanDraft } from "./pending-plan-draft.ts";

export interface DraftPlanInChatOptions {
  actor: Actor;
  person: ReportingPerson;
  bytes: Uint8Array;
  fileName: string;
  locale: Locale;
}

export type DraftPlanInChatResult = DraftPlanFromDocumentResult & { pendingId?: string };

export async function draftPlanInChat(
  deps: Pick<ServiceDeps, "db">,
  options: DraftPlanInChatOptions,
): Promise<DraftPlanInChatResult> {
  const result = await draftPlanFromDocument({
    caller: options.actor,
    bytes: options.bytes,
    fileName: options.fileName,
    locale: options.locale,
  });
  if (!result.ok) return result;
  const pending: TPendingPlanDraft = { id: randomUUID(), fileName: options.fileName, yaml: result.yaml };
  const key = pendingPlanDraftKey(options.person);
  const value = JSON.stringify(pending);
  await deps.db.session.upsert({ where: { key }, create: { key, value }, update: { value } });
  return { ...result, pendingId: pending.id };
}
