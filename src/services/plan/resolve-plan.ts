// Which plan a command works on. Named: that plan, whatever its status (a closed plan stays
// readable). Not named: the only active plan; several active plans are ambiguous (a chat asks
// with choices, the CLI says which plans exist).
import type { Plan } from "../../generated/prisma/client.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface PlanChoice {
  code: string;
  title: string;
  programName: string;
  year: number;
}

const choiceFields = { code: true, title: true, programName: true, year: true } as const;

/** The active plans, newest year first: what a person picks from when several are active. */
export async function activePlanChoices({ db }: Pick<ServiceDeps, "db">): Promise<PlanChoice[]> {
  return db.plan.findMany({
    where: { status: "active" },
    orderBy: [{ year: "desc" }, { code: "asc" }],
    select: choiceFields,
  });
}

/** The plan whose code is `word` (any case), or null: lets a command take a plan code argument. */
export async function findPlanCode({ db }: Pick<ServiceDeps, "db">, word: string): Promise<string | null> {
  const wanted = word.trim().toLowerCase();
  if (wanted === "") return null;
  const plans = await db.plan.findMany({ select: { code: true } });
  return plans.find((p) => p.code.toLowerCase() === wanted)?.code ?? null;
}

export async function resolvePlan({ db }: Pick<ServiceDeps, "db">, code?: string | undefined): Promise<Plan> {
  if (code !== undefined && code.trim() !== "") {
    const wanted = code.trim().toLowerCase();
    const plans = await db.plan.findMany({ orderBy: { code: "asc" } });
    const plan = plans.find((p) => p.code.toLowerCase() === wanted);
    if (plan === undefined) {
      if (plans.length === 0) throw new AppError("no-plan");
      throw new AppError("unknown-plan", { code: code.trim(), plans: plans.map((p) => p.code).join(", ") });
    }
    return plan;
  }
  const active = await db.plan.findMany({
    where: { status: "active" },
    orderBy: [{ year: "desc" }, { code: "asc" }],
  });
  const [only] = active;
  if (only !== undefined && active.length === 1) return only;
  if (active.length > 1) {
    throw new AppError("plan-ambiguous", {
      plans: active.map((p) => p.code).join(", "),
      example: only?.code ?? "",
    });
  }
  const all = await db.plan.findMany({ select: { code: true }, orderBy: { code: "asc" } });
  if (all.length === 0) throw new AppError("no-plan");
  throw new AppError("no-active-plan", { plans: all.map((p) => p.code).join(", ") });
}

/** The plans a lookup by item code searches: the named plan, or every active one. */
export async function planScope(deps: Pick<ServiceDeps, "db">, code?: string | undefined): Promise<string[]> {
  if (code !== undefined && code.trim() !== "") return [(await resolvePlan(deps, code)).id];
  const active = await deps.db.plan.findMany({ where: { status: "active" }, select: { id: true } });
  if (active.length === 0) await resolvePlan(deps); // says why: no plan, or none active
  return active.map((p) => p.id);
}

/** A plan by id (a service that already knows it), else by code or the only active plan. */
export async function resolvePlanById(
  deps: Pick<ServiceDeps, "db">,
  planId: string | undefined,
  planCode?: string | undefined,
): Promise<Plan> {
  if (planId === undefined) return resolvePlan(deps, planCode);
  const plan = await deps.db.plan.findUnique({ where: { id: planId } });
  if (plan === null) throw new AppError("no-plan");
  return plan;
}
