import { can, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { sortByPlanPosition } from "../plan/plan-agencies.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface AgencyRow {
  code: string;
  name: string;
  isStandingOffice: boolean;
  reportingItems: number;
  members: number;
  focalPoints: number;
}

/**
 * The organisation's agencies (not merged away) in the plans' order, with how many items they
 * report on in active plans and who has joined.
 */
export async function listAgencies(deps: ServiceDeps, actor: Actor): Promise<AgencyRow[]> {
  if (!can(actor, "agency.list")) throw new AppError("forbidden");
  const agencies = await deps.db.agency.findMany({
    where: { mergedIntoId: null },
    orderBy: { code: "asc" },
    include: {
      plans: { select: { position: true } },
      assignments: { where: { mustReport: true, plan: { status: "active" } }, select: { id: true } },
      members: { where: { removedAt: null }, select: { role: true } },
    },
  });
  return sortByPlanPosition(agencies).map((a) => ({
    code: a.code,
    name: a.name,
    isStandingOffice: a.isStandingOffice,
    reportingItems: a.assignments.length,
    members: a.members.length,
    focalPoints: a.members.filter((m) => m.role === "focal-point").length,
  }));
}
