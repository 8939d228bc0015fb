// Drafts waiting for Confirm, kept in the database (a restart loses none). Money as strings in JSON.
// A draft is one Session row, written, read and deleted on every report and confirmation, so its
// statements go straight to the driver (db/direct-sql.ts), as the guided report's do
// (report-wizard-store.ts, through the same three functions).
import type { ReplyValue } from "../../domain/replies/parse-reply.ts";
import type { ReportStatus } from "../../domain/replies/reply-fields.ts";
import type { ReportWarning } from "../../domain/replies/report-warnings.ts";
import type { AttachmentRef } from "../../domain/replies/report-wizard.ts";
import { directExecute, directQuery } from "../../db/direct-sql.ts";
import { parseWithBigInt, stringifyWithBigInt } from "../../db/json-with-bigint.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";

type Deps = Pick<ServiceDeps, "db">;

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

/** A Session row's value, or null. */
export async function readSession(deps: Deps, key: string): Promise<string | null> {
  const rows = await directQuery<{ value: string }>(
    deps.db,
    Prisma.sql`SELECT "value" FROM "Session" WHERE "key" = ${key}`,
  );
  return rows[0]?.value ?? null;
}

/**
 * Writes a Session row (created, or replaced). `updatedAt` (what pruneStaleDrafts goes by) is the
 * machine's time, as Prisma's @updatedAt sets it.
 */
export async function writeSession(deps: Deps, key: string, value: string): Promise<void> {
  await directExecute(
    deps.db,
    Prisma.sql`
    INSERT INTO "Session" ("key", "value", "updatedAt") VALUES (${key}, ${value}, ${new Date()})
    ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
  );
}

export async function deleteSession(deps: Deps, key: string): Promise<void> {
  await directExecute(deps.db, Prisma.sql`DELETE FROM "Session" WHERE "key" = ${key}`);
}

const key = (id: string) => `draft:${id}`;

export async function saveDraft(deps: Deps, draft: StoredDraft): Promise<void> {
  await writeSession(deps, key(draft.id), stringifyWithBigInt(draft));
}

export async function loadDraft(deps: Deps, id: string): Promise<StoredDraft | null> {
  const value = await readSession(deps, key(id));
  return value === null ? null : parseWithBigInt<StoredDraft>(value);
}

export async function deleteDraft(deps: Deps, id: string): Promise<void> {
  await deleteSession(deps, key(id));
}
