import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { dialectOf } from "../../db/open-database.ts";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { cancelPendingReminders } from "../reminders/cancel-pending-reminders.ts";
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
  const rows = await deps.db.$queryRaw<
    {
      reference: string;
      itemCode: string;
      periodKey: string;
      periodLabel: string;
      revision: number | bigint;
      late: boolean | number | bigint;
    }[]
  >`
    SELECT r."reference" AS "reference", w."code" AS "itemCode", p."key" AS "periodKey",
           p."label" AS "periodLabel", v."number" AS "revision", v."late" AS "late"
    FROM "ReportRevision" v
    JOIN "ProgressReport" r ON r."id" = v."reportId"
    JOIN "Assignment" a ON a."id" = r."assignmentId"
    JOIN "WorkItem" w ON w."id" = a."workItemId"
    JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    WHERE v."idempotencyKey" = ${idempotencyKey}`;
  const r = rows[0];
  if (r === undefined) return null;
  return {
    reference: r.reference,
    itemCode: r.itemCode,
    periodKey: r.periodKey,
    periodLabel: r.periodLabel,
    revision: Number(r.revision),
    // SQLite stores a boolean as 0/1.
    late: Number(r.late) !== 0,
    again,
  };
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
  const period = await deps.db.reportingPeriod.findUniqueOrThrow({ where: { id: draft.periodId } });
  const v = draft.value;
  const save = () =>
    deps.db.$transaction(async (tx) => {
      // The period's report, created by its first revision (a find, then a create: one statement
      // fewer than an upsert; two first revisions at once meet the unique key and retry below).
      const where = { assignmentId_periodId: { assignmentId: draft.assignmentId, periodId: draft.periodId } };
      const report =
        (await tx.progressReport.findUnique({ where, select: { id: true, reference: true } })) ??
        (await tx.progressReport.create({
          data: {
            id: randomUUID(),
            assignmentId: draft.assignmentId,
            periodId: draft.periodId,
            reference: newReference(),
            createdAt: now,
          },
          select: { id: true, reference: true },
        }));
      // Revisions of one report are numbered one at a time. On PostgreSQL, several focal points of
      // an agency confirming at once (each transaction reads the last number, then inserts the
      // next) would meet the unique key again and again; the report's row lock queues them, and
      // each reads the number the one before it committed. SQLite runs one transaction at a time.
      if (dialectOf(deps.db) === "postgres")
        await tx.$queryRaw`SELECT 1 FROM "ProgressReport" WHERE "id" = ${report.id} FOR UPDATE`;
      const last = await tx.reportRevision.findFirst({
        where: { reportId: report.id },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      const revision = await tx.reportRevision.create({
        data: {
          id: randomUUID(),
          reportId: report.id,
          number: (last?.number ?? 0) + 1,
          status: draft.status,
          progressPermille: v.progressPct === undefined ? null : Math.round(v.progressPct * 10),
          disbursedInvestmentVnd: v.disbursedInvestmentVnd ?? null,
          disbursedRecurrentVnd: v.disbursedRecurrentVnd ?? null,
          disbursedTotalVnd: v.disbursedVnd ?? null,
          results: v.results ?? null,
          obstacles: v.obstacles ?? null,
          proposals: v.proposals ?? null,
          warnings: draft.warnings.length > 0 ? JSON.stringify(draft.warnings) : null,
          late: now.getTime() > period.dueAt.getTime(),
          channel: draft.channel,
          sourceText: draft.sourceText,
          idempotencyKey,
          submittedById: o.actor.memberId,
          submittedAt: now,
        },
      });
      if (draft.attachments.length > 0) {
        await tx.attachment.createMany({
          data: draft.attachments.map((a) => ({
            id: randomUUID(),
            revisionId: revision.id,
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
      await tx.correctionRequest.updateMany({
        where: { reportId: report.id, resolvedAt: null },
        data: { resolvedAt: now, resolvedRevisionId: revision.id },
      });
      await cancelPendingReminders(tx, { assignmentId: draft.assignmentId, periodId: draft.periodId });
      await audit(tx, {
        at: now,
        actorMemberId: o.actor.memberId,
        action: "report.submit",
        entity: "report",
        entityId: report.id,
        data: { revision: revision.number, period: period.key, late: revision.late, channel: draft.channel },
      });
      return { reference: report.reference, revision: revision.number, late: revision.late };
    });
  let saved: Awaited<ReturnType<typeof save>> | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      saved = await save();
      break;
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 3) throw e;
      // The same draft confirmed at the same moment elsewhere (or saved by an update that stopped
      // before deleting the draft): that one won, and it is this report.
      if (await receiptFor(deps, idempotencyKey, true)) break;
      // Another revision of the same report took this number: number the next one.
    }
  }
  await deleteDraft(deps, o.draftId);
  // What this update saved is known; the item's code comes with drafts made since it is stored.
  if (saved !== null && draft.itemCode !== undefined) {
    return {
      ...saved,
      itemCode: draft.itemCode,
      periodKey: period.key,
      periodLabel: period.label,
      again: false,
    };
  }
  const receipt = await receiptFor(deps, idempotencyKey, saved === null);
  if (receipt === null) throw new AppError("draft-expired");
  return receipt;
}
