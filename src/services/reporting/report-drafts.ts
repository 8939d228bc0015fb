// Drafts waiting for Confirm, kept in the database (a restart loses none). Money as strings in JSON.
import type { ReplyValue } from "../../domain/replies/parse-reply.ts";
import type { ReportStatus } from "../../domain/replies/reply-fields.ts";
import type { ReportWarning } from "../../domain/replies/report-warnings.ts";
import type { AttachmentRef } from "../../domain/replies/report-wizard.ts";
import { parseWithBigInt, stringifyWithBigInt } from "../../db/json-with-bigint.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface StoredDraft {
  id: string;
  memberId: string;
  assignmentId: string;
  /** The assignment's item code, for the receipt (absent in drafts stored before it was kept). */
  itemCode?: string;
  periodId: string;
  value: ReplyValue;
  status: ReportStatus;
  warnings: ReportWarning[];
  channel: string;
  sourceText: string | null;
  attachments: AttachmentRef[];
  createdAt: string;
}

const key = (id: string) => `draft:${id}`;

export async function saveDraft(deps: Pick<ServiceDeps, "db">, draft: StoredDraft): Promise<void> {
  const value = stringifyWithBigInt(draft);
  await deps.db.session.upsert({
    where: { key: key(draft.id) },
    create: { key: key(draft.id), value },
    update: { value },
  });
}

export async function loadDraft(deps: Pick<ServiceDeps, "db">, id: string): Promise<StoredDraft | null> {
  const row = await deps.db.session.findUnique({ where: { key: key(id) } });
  if (row === null) return null;
  return parseWithBigInt<StoredDraft>(row.value);
}

export async function deleteDraft(deps: Pick<ServiceDeps, "db">, id: string): Promise<void> {
  await deps.db.session.deleteMany({ where: { key: key(id) } });
}
