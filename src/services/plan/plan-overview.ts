import type { ServiceDeps } from "../service-deps.ts";

/** Counts of the most recently imported plan (drafts aside), for the start-up banner. */
export async function planOverview({ db }: Pick<ServiceDeps, "db">) {
  const plan = await db.plan.findFirst({
    where: { status: { not: "draft" } },
    orderBy: { importedAt: "desc" },
  });
  if (plan === null) return null;
  const where = { planId: plan.id };
  const [items, agencies, assignments, periods] = await Promise.all([
    db.workItem.count({ where }),
    db.planAgency.count({ where }),
    db.assignment.count({ where }),
    db.reportingPeriod.count({ where }),
  ]);
  return { code: plan.code, totalVnd: plan.declaredTotalVnd, items, agencies, assignments, periods };
}
