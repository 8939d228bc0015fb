import { randomUUID } from "node:crypto";
import { can, type Actor } from "../../domain/access/roles.ts";
import { defaultPeriod } from "../../domain/calendar/deadlines.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { planScope } from "../plan/resolve-plan.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface CorrectionNotice {
  itemCode: string;
  period: { key: string; label: string };
  reason: string;
  requestedBy: string;
  /** How many of the agency's focal points are told (through the outbox: throttled, retried). */
  notified: number;
}

/**
 * A leader or the standing office asks an agency to correct a report; its next revision answers
 * it. The agency's focal points are told through the outbox (one notice per person, sent on the
 * first of their chats that works; dropped if the report is corrected first).
 */
export async function requestCorrection(
  deps: ServiceDeps,
  o: {
    actor: Actor & { fullName: string };
    itemCode: string;
    periodKey?: string;
    reason: string;
    planCode?: string;
  },
): Promise<CorrectionNotice> {
  if (!can(o.actor, "reports.review")) throw new AppError("forbidden");
  const planIds = await planScope(deps, o.planCode);
  const candidates = await deps.db.assignment.findMany({
    where: {
      planId: { in: planIds },
      mustReport: true,
      workItem: { code: o.itemCode },
      reports: { some: {} },
    },
    include: { reports: { include: { period: true } } },
  });
  if (new Set(candidates.map((c) => c.planId)).size > 1)
    throw new AppError("which-plan", { code: o.itemCode });
  const assignment = candidates[0] ?? null;
  if (assignment === null) throw new AppError("no-report-yet", { code: o.itemCode });
  const periods = assignment.reports.map((r) => r.period);
  const period =
    o.periodKey !== undefined
      ? periods.find((p) => p.key === o.periodKey)
      : defaultPeriod(periods, new Set(), deps.clock.now());
  const report = assignment.reports.find((r) => r.periodId === period?.id);
  if (!period || !report) throw new AppError("no-report-yet", { code: o.itemCode });
  const now = deps.clock.now();
  const requestId = randomUUID();
  const focal = await deps.db.member.findMany({
    where: {
      removedAt: null,
      role: "focal-point",
      agencyId: assignment.agencyId,
      identities: { some: { unreachableAt: null, chatId: { not: null } } },
    },
    select: { id: true },
  });
  const notified = await deps.db.$transaction(async (tx) => {
    await tx.correctionRequest.create({
      data: {
        id: requestId,
        reportId: report.id,
        requestedById: o.actor.memberId,
        reason: o.reason,
        createdAt: now,
      },
    });
    await audit(tx, {
      at: now,
      actorMemberId: o.actor.memberId,
      action: "report.correction-request",
      entity: "report",
      entityId: report.id,
      data: { reason: o.reason },
    });
    const payload = {
      requestId,
      requestedBy: o.actor.fullName,
      itemCode: o.itemCode,
      periodKey: period.key,
      periodLabel: period.label,
      reason: o.reason,
    };
    return enqueueOutbox(
      tx,
      focal.map((m) => ({
        kind: "correction" as const,
        key: outboxKey.correction(requestId, m.id),
        planId: assignment.planId,
        recipientMemberId: m.id,
        payload,
        dueAt: now,
      })),
      now,
    );
  });
  deps.outbox?.wake();
  return {
    itemCode: o.itemCode,
    period: { key: period.key, label: period.label },
    reason: o.reason,
    requestedBy: o.actor.fullName,
    notified,
  };
}
