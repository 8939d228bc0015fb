// Confirm: the draft becomes a revision. The draft's own statements, and the receipt of one saved
// already, run outside the transaction, straight to the driver (db/direct-sql.ts); inside it, what
// must commit together (the revision, the answered correction request, the cancelled reminders,
// the audit row) as few statements as portable SQL allows: the period is read with its report, the
// revision numbered in its own insert. Raw statements there still pass Prisma's engine, at about
// half the cost of a model query each; the report's creation stays a model query, whose unique-key
// error (P2002, a raw statement's is P2010) the retry below goes by.
import { randomBytes, randomUUID } from "node:crypto";
import { directQuery } from "../../db/direct-sql.ts";
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { dialectOf } from "../../db/open-database.ts";
import type { Actor } from "../../domain/access/roles.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { cancelPendingReminders } from "../reminders/cancel-pending-reminders.ts";
import { flag } from "../summary/json-rows.ts";
import { deleteDraft, loadDraft } from "./report-drafts.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface Receipt {
  reference: string;
  itemCode: string;
  periodKey: string;
  periodLabel: string;
  revision: number;
  late: boolean;
  /** True when this confirmation had already been saved (double tap, retried update). */
  again: boolean;
}

const newReference = () => `BC-${randomBytes(4).toString("hex").toUpperCase()}`;

/** The receipt of the revision saved under this key, or null (one joined query: portable SQL). */
async function receiptFor(
  deps: ServiceDeps,
  idempotencyKey: string,
  again: boolean,
): Promise<Receipt | null> {
  const rows = await directQuery<{
    reference: string;
    itemCode: string;
    periodKey: string;
    periodLabel: string;
    revision: number | string;
    late: boolean | number;
  }>(
    deps.db,
    Prisma.sql`
    SELECT r."reference" AS "reference", w."code" AS "itemCode", p."key" AS "periodKey",
           p."label" AS "periodLabel", v."number" AS "revision", v."late" AS "late"
    FROM "ReportRevision" v
    JOIN "ProgressReport" r ON r."id" = v."reportId"
    JOIN "Assignment" a ON a."id" = r."assignmentId"
    JOIN "WorkItem" w ON w."id" = a."workItemId"
    JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    WHERE v."idempotencyKey" = ${idempotencyKey}`,
  );
  const r = rows[0];
  if (r === undefined) return null;
  return {
    reference: r.reference,
    itemCode: r.itemCode,
    periodKey: r.periodKey,
    periodLabel: r.periodLabel,
    revision: Number(r.revision),
    late: flag(r.late),
    again,
  };
}

/** The draft's period and, once it has one, its report (read in the transaction). */
interface PeriodReport {
  periodKey: string;
  periodLabel: string;
  dueAt: Date;
  reportId: string | null;
  reference: string | null;
}

/**
 * Saves a confirmed draft as a new revision (a first report creates the report). Double-tapping
 * Confirm, a retried update, or two devices never create two: the draft's key is the revision's.
 * Cancels the reminders still waiting for that assignment and period.
 */
export async function confirmReport(
  deps: ServiceDeps,
  o: { actor: Actor; draftId: string },
): Promise<Receipt> {
  const idempotencyKey = `draft:${o.draftId}`;
  const draft = await loadDraft(deps, o.draftId);
  if (draft === null) {
    // No draft: confirmed already (a double tap, a retried update), or expired.
    const done = await receiptFor(deps, idempotencyKey, true);
    if (done) return done;
    throw new AppError("draft-expired");
  }
  if (draft.memberId !== o.actor.memberId) throw new AppError("forbidden");
  const now = deps.clock.now();
  const v = draft.value;
  const save = () =>
    deps.db.$transaction(async (tx) => {
      const [found] = await tx.$queryRaw<PeriodReport[]>`
        SELECT p."key" AS "periodKey", p."label" AS "periodLabel", p."dueAt" AS "dueAt",
               r."id" AS "reportId", r."reference" AS "reference"
        FROM "ReportingPeriod" p
        LEFT JOIN "ProgressReport" r ON r."periodId" = p."id" AND r."assignmentId" = ${draft.assignmentId}
        WHERE p."id" = ${draft.periodId}`;
      // Removed by an import since the draft (not reported on yet): a failure, as it was before.
      if (found === undefined) throw new Error(`reporting period ${draft.periodId} not found`);
      // The period's report, created by its first revision (two first revisions at once meet the
      // unique key and retry below).
      const report =
        found.reportId !== null && found.reference !== null
          ? { id: found.reportId, reference: found.reference }
          : await tx.progressReport.create({
              data: {
                id: randomUUID(),
                assignmentId: draft.assignmentId,
                periodId: draft.periodId,
                reference: newReference(),
                createdAt: now,
              },
              select: { id: true, reference: true },
            });
      // Revisions of one report are numbered one at a time. On PostgreSQL, several focal points of
      // an agency confirming at once (each transaction reads the last number, then inserts the
      // next) would meet the unique key again and again; the report's row lock queues them, and
      // each reads the number the one before it committed. A report created here needs none: no
      // other transaction sees it before this one commits. SQLite runs one transaction at a time.
      if (found.reportId !== null && dialectOf(deps.db) === "postgres")
        await tx.$queryRaw`SELECT 1 FROM "ProgressReport" WHERE "id" = ${report.id} FOR UPDATE`;
      const revisionId = randomUUID();
      const late = now.getTime() > found.dueAt.getTime();
      // Numbered in its insert (the statement reads the last number under the lock). Nothing
      // inserted: this draft was saved already (confirmed at the same moment elsewhere, or by an
      // update that stopped before deleting the draft), and nothing else is written.
      const inserted = await tx.$queryRaw<{ number: number | bigint }[]>`
        INSERT INTO "ReportRevision" ("id", "reportId", "number", "status", "progressPermille",
          "disbursedInvestmentVnd", "disbursedRecurrentVnd", "disbursedTotalVnd", "results", "obstacles",
          "proposals", "warnings", "late", "channel", "sourceText", "idempotencyKey", "submittedById",
          "submittedAt")
        VALUES (${revisionId}, ${report.id},
          (SELECT COALESCE(MAX("number"), 0) + 1 FROM "ReportRevision" WHERE "reportId" = ${report.id}),
          ${draft.status}, ${v.progressPct === undefined ? null : Math.round(v.progressPct * 10)},
          ${v.disbursedInvestmentVnd ?? null}, ${v.disbursedRecurrentVnd ?? null}, ${v.disbursedVnd ?? null},
          ${v.results ?? null}, ${v.obstacles ?? null}, ${v.proposals ?? null},
          ${draft.warnings.length > 0 ? JSON.stringify(draft.warnings) : null}, ${late}, ${draft.channel},
          ${draft.sourceText}, ${idempotencyKey}, ${o.actor.memberId}, ${now})
        ON CONFLICT ("idempotencyKey") DO NOTHING
        RETURNING "number"`;
      if (inserted[0] === undefined) return null;
      const revision = Number(inserted[0].number);
      if (draft.attachments.length > 0) {
        await tx.attachment.createMany({
          data: draft.attachments.map((a) => ({
            id: randomUUID(),
            revisionId,
            kind: a.kind,
            channel: draft.channel,
            fileId: a.fileId,
            fileName: a.fileName ?? null,
            mimeType: a.mimeType ?? null,
            sizeBytes: a.sizeBytes ?? null,
            createdAt: now,
          })),
        });
      }
      // A correction asked for is answered by this revision.
      await tx.$executeRaw`
        UPDATE "CorrectionRequest" SET "resolvedAt" = ${now}, "resolvedRevisionId" = ${revisionId}
        WHERE "reportId" = ${report.id} AND "resolvedAt" IS NULL`;
      await cancelPendingReminders(tx, { assignmentId: draft.assignmentId, periodId: draft.periodId });
      await audit(tx, {
        at: now,
        actorMemberId: o.actor.memberId,
        action: "report.submit",
        entity: "report",
        entityId: report.id,
        data: { revision, period: found.periodKey, late, channel: draft.channel },
      });
      const { periodKey, periodLabel } = found;
      return { reference: report.reference, revision, late, periodKey, periodLabel };
    });
  // Null: this draft was saved already.
  let saved: Awaited<ReturnType<typeof save>>;
  for (let attempt = 1; ; attempt++) {
    try {
      saved = await save();
      break;
    } catch (e) {
      // Another first revision of the report created it at the same moment: this is its next
      // revision (or nothing, the same draft confirmed elsewhere), as the next attempt finds.
      if (!isUniqueViolation(e) || attempt >= 3) throw e;
    }
  }
  await deleteDraft(deps, o.draftId);
  // What this update saved is known; the item's code comes with drafts made since it is stored.
  if (saved !== null && draft.itemCode !== undefined) {
    return { ...saved, itemCode: draft.itemCode, again: false };
  }
  const receipt = await receiptFor(deps, idempotencyKey, saved === null);
  if (receipt === null) throw new AppError("draft-expired");
  return receipt;
}
