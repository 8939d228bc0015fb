import { randomUUID } from "node:crypto";
import type { Actor } from "../../domain/access/roles.ts";
import { defaultPeriod } from "../../domain/calendar/deadlines.ts";
import type { ReplyValue } from "../../domain/replies/parse-reply.ts";
import type { ReportStatus } from "../../domain/replies/reply-fields.ts";
import { deriveStatus, reportWarnings, type ReportWarning } from "../../domain/replies/report-warnings.ts";
import type { AttachmentRef } from "../../domain/replies/report-wizard.ts";
import { directQuery } from "../../db/direct-sql.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../app-error.ts";
import { saveDraft } from "./report-drafts.ts";
import { reportableAssignments, type ReportableAssignment } from "./reportable-assignments.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface DraftView {
  id: string;
  itemCode: string;
  itemTitle: string;
  period: { key: string; label: string; dueDate: string };
  late: boolean;
  value: ReplyValue;
  status: ReportStatus | null;
  statusDerived: boolean;
  warnings: ReportWarning[];
  attachments: number;
  /** The revision this will become (1 for a first report). */
  revision: number;
}

export interface DraftOptions {
  actor: Actor;
  value: ReplyValue;
  /** Known when replying to a reminder or tapping its button. */
  assignmentId?: string | undefined;
  periodId?: string | undefined;
  channel: string;
  sourceText?: string | null;
  attachments?: AttachmentRef[];
}

/** Which of the actor's assignments a message is about; refuses another agency's item. */
async function pickAssignment(deps: ServiceDeps, mine: ReportableAssignment[], o: DraftOptions) {
  if (o.assignmentId !== undefined) {
    const a = mine.find((x) => x.assignmentId === o.assignmentId);
    if (!a) throw new AppError("not-your-item", { code: o.value.item ?? "" });
    if (o.value.item !== undefined && o.value.item !== a.itemCode) {
      const other = mine.find((x) => x.itemCode === o.value.item);
      if (other) return other;
      throw new AppError("not-your-item", { code: o.value.item });
    }
    return a;
  }
  if (o.value.item !== undefined) {
    const same = mine.filter((x) => x.itemCode === o.value.item);
    // The same code in several active plans: the person picks the plan (the conversation asks).
    if (same.length > 1) throw new AppError("which-plan", { code: o.value.item });
    const [a] = same;
    if (a) return a;
    const exists = await deps.db.workItem.findFirst({
      where: { code: o.value.item, plan: { status: "active" } },
    });
    throw new AppError(exists ? "not-your-item" : "unknown-item", { code: o.value.item });
  }
  if (mine.length === 1 && mine[0]) return mine[0];
  throw new AppError("which-item", { codes: mine.map((m) => m.itemCode).join(", ") });
}

/**
 * The assignment's last reported progress (any period: a warning compares with it) and how many
 * revisions the period's report has, in one query (portable SQL, straight to the driver: it runs
 * on every report message).
 */
async function reportSoFar(
  { db }: ServiceDeps,
  assignmentId: string,
  periodId: string,
): Promise<{ lastPermille: number | null; revisions: number }> {
  const rows = await directQuery<{ lastPermille: number | string | null; revisions: number | string }>(
    db,
    Prisma.sql`
    SELECT
      (SELECT v."progressPermille" FROM "ReportRevision" v JOIN "ProgressReport" r ON r."id" = v."reportId"
        WHERE r."assignmentId" = ${assignmentId} ORDER BY v."submittedAt" DESC LIMIT 1) AS "lastPermille",
      (SELECT COUNT(*) FROM "ReportRevision" v JOIN "ProgressReport" r ON r."id" = v."reportId"
        WHERE r."assignmentId" = ${assignmentId} AND r."periodId" = ${periodId}) AS "revisions"`,
  );
  const row = rows[0];
  return {
    lastPermille: row?.lastPermille == null ? null : Number(row.lastPermille),
    revisions: Number(row?.revisions ?? 0),
  };
}

/** Reads a progress report into a draft: what will be saved, with warnings, until Confirm. */
export async function draftReport(deps: ServiceDeps, o: DraftOptions): Promise<DraftView> {
  const mine = await reportableAssignments(deps, o.actor);
  if (mine.length === 0) throw new AppError("nothing-to-report");
  const a = await pickAssignment(deps, mine, o);
  const now = deps.clock.now();
  const named = o.value.period;
  const period =
    named !== undefined
      ? a.periods.find((p) => p.key === named || p.key.endsWith(`-${named}`))
      : o.periodId !== undefined
        ? a.periods.find((p) => p.id === o.periodId)
        : defaultPeriod(a.periods, a.reportedKeys, now);
  if (!period && named !== undefined) throw new AppError("unknown-period", { key: named });
  if (!period) throw new AppError("no-period");
  const before = await reportSoFar(deps, a.assignmentId, period.id);
  const warnings = reportWarnings(o.value, {
    budgetVnd: a.budgetVnd,
    lastProgressPct: before.lastPermille === null ? null : before.lastPermille / 10,
  });
  const status = deriveStatus(o.value);
  const id = randomUUID();
  await saveDraft(deps, {
    id,
    memberId: o.actor.memberId,
    assignmentId: a.assignmentId,
    itemCode: a.itemCode,
    periodId: period.id,
    value: o.value,
    status: status ?? "in-progress",
    warnings,
    channel: o.channel,
    sourceText: o.sourceText ?? null,
    attachments: o.attachments ?? [],
    createdAt: now.toISOString(),
  });
  return {
    id,
    itemCode: a.itemCode,
    itemTitle: a.itemTitle,
    period: { key: period.key, label: period.label, dueDate: period.dueDate },
    late: now.getTime() > period.dueAt.getTime(),
    value: o.value,
    status: status ?? "in-progress",
    statusDerived: o.value.status === undefined,
    warnings,
    attachments: o.attachments?.length ?? 0,
    revision: before.revisions + 1,
  };
}
