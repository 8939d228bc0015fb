import { can, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { currentPlan } from "../plan/current-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface AgencyRow {
  code: string;
  name: string;
  isStandingOffice: boolean;
  reportingItems: number;
  members: number;
  focalPoints: number;
}

/** The plan's agencies with how many items they report on and who has joined. */
export async function listAgencies(deps: ServiceDeps, actor: Actor): Promise<AgencyRow[]> {
  if (!can(actor, "agency.list")) throw new AppError("forbidden");
  const plan = await currentPlan(deps);
  const agencies = await deps.db.agency.findMany({
    where: { planId: plan.id },
    orderBy: { position: "asc" },
    include: {
      assignments: { where: { mustReport: true }, select: { id: true } },
      members: { where: { removedAt: null }, select: { role: true } },
    },
  });
  return agencies.map((a) => ({
    code: a.code,
    name: a.name,
    isStandingOffice: a.isStandingOffice,
    reportingItems: a.assignments.length,
    members: a.members.length,
    focalPoints: a.members.filter((m) => m.role === "focal-point").length,
  }));
}
