import { allowed, type Caller } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

export type PlanStatus = "draft" | "active" | "closed";

export interface PlanRow {
  id: string;
  code: string;
  title: string;
  programName: string;
  year: number;
  status: PlanStatus;
  activatedAt: Date | null;
  closedAt: Date | null;
  importedAt: Date;
  totalVnd: bigint;
  items: number;
  agencies: number;
  assignments: number;
  reports: number;
}

/**
 * Every plan with its status and totals: active first, then drafts, then closed; newest year first.
 * Leaders, the standing office and admins ("system": the CLI).
 */
export async function listPlans({ db }: Pick<ServiceDeps, "db">, actor: Caller): Promise<PlanRow[]> {
  if (!allowed(actor, "reports.review")) throw new AppError("forbidden");
  const plans = await db.plan.findMany({
    orderBy: [{ year: "desc" }, { code: "asc" }],
    include: { _count: { select: { items: true, agencies: true, assignments: true } } },
  });
  const reports = await db.progressReport.groupBy({
    by: ["periodId"],
    _count: { _all: true },
  });
  const periodPlan = new Map(
    (await db.reportingPeriod.findMany({ select: { id: true, planId: true } })).map((p) => [p.id, p.planId]),
  );
  const reportsOf = new Map<string, number>();
  for (const r of reports) {
    const planId = periodPlan.get(r.periodId);
    if (planId !== undefined) reportsOf.set(planId, (reportsOf.get(planId) ?? 0) + r._count._all);
  }
  const rank = { active: 0, draft: 1, closed: 2 } as const;
  return plans
    .map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      programName: p.programName,
      year: p.year,
      status: p.status as PlanStatus,
      activatedAt: p.activatedAt,
      closedAt: p.closedAt,
      importedAt: p.importedAt,
      totalVnd: p.declaredTotalVnd,
      items: p._count.items,
      agencies: p._count.agencies,
      assignments: p._count.assignments,
      reports: reportsOf.get(p.id) ?? 0,
    }))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}
