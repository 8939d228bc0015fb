import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** The plan people work on now: the most recently imported one that is not a draft. */
export async function currentPlan({ db }: Pick<ServiceDeps, "db">) {
  const plan = await db.plan.findFirst({
    where: { status: { not: "draft" } },
    orderBy: { importedAt: "desc" },
  });
  if (plan === null) throw new AppError("no-plan");
  return plan;
}
