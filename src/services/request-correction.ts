import { randomUUID } from "node:crypto";
import { can, type Actor } from "../domain/access/roles.ts";
import { defaultPeriod } from "../domain/calendar/deadlines.ts";
import { AppError } from "./app-error.ts";
import { audit } from "./audit.ts";
import { currentPlan } from "./current-plan.ts";
import type { ServiceDeps } from "./service-deps.ts";

export interface CorrectionNotice {
  itemCode: string;
  period: { key: string; label: string };
  reason: string;
  requestedBy: string;
  /** The agency's focal points to tell, with their language. */
  recipients: { chatId: string; locale: "vi" | "en" }[];
}

/** A leader or the standing office asks an agency to correct a report; its next revision answers it. */
export async function requestCorrection(
  deps: ServiceDeps,
  o: { actor: Actor & { fullName: string }; itemCode: string; periodKey?: string; reason: string },
): Promise<CorrectionNotice> {
  if (!can(o.actor, "reports.review")) throw new AppError("forbidden");
  const plan = await currentPlan(deps);
  const assignment = await deps.db.assignment.findFirst({
    where: { planId: plan.id, mustReport: true, workItem: { code: o.itemCode }, reports: { some: {} } },
    include: { reports: { include: { period: true } } },
  });
  if (assignment === null) throw new AppError("no-report-yet", { code: o.itemCode });
  const periods = assignment.reports.map((r) => r.period);
  const period =
    o.periodKey !== undefined
      ? periods.find((p) => p.key === o.periodKey)
      : defaultPeriod(periods, new Set(), deps.clock.now());
  const report = assignment.reports.find((r) => r.periodId === period?.id);
  if (!period || !report) throw new AppError("no-report-yet", { code: o.itemCode });
  const now = deps.clock.now();
  await deps.db.correctionRequest.create({
    data: {
      id: randomUUID(),
      reportId: report.id,
      requestedById: o.actor.memberId,
      reason: o.reason,
      createdAt: now,
    },
  });
  await audit(deps.db, {
    at: now,
    actorMemberId: o.actor.memberId,
    action: "report.correction-request",
    entity: "report",
    entityId: report.id,
    data: { reason: o.reason },
  });
  const focal = await deps.db.chatIdentity.findMany({
    where: {
      channel: "telegram",
      unreachableAt: null,
      member: { removedAt: null, role: "focal-point", agencyId: assignment.agencyId },
    },
    include: { member: { select: { locale: true } } },
  });
  return {
    itemCode: o.itemCode,
    period: { key: period.key, label: period.label },
    reason: o.reason,
    requestedBy: o.actor.fullName,
    recipients: focal.flatMap((f) =>
      f.chatId
        ? [{ chatId: f.chatId, locale: f.member.locale === "en" ? ("en" as const) : ("vi" as const) }]
        : [],
    ),
  };
}
