import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * The plan whose working calendar (time zone, working days, holidays) applies to what is not tied
 * to one plan, such as a person's absence: the active plan of the latest year, else the most
 * recently imported plan that is not a draft.
 */
export async function calendarPlan({ db }: Pick<ServiceDeps, "db">) {
  const plan =
    (await db.plan.findFirst({
      where: { status: "active" },
      orderBy: [{ year: "desc" }, { code: "asc" }],
    })) ??
    (await db.plan.findFirst({ where: { status: { not: "draft" } }, orderBy: { importedAt: "desc" } }));
  if (plan === null) throw new AppError("no-plan");
  return plan;
}
