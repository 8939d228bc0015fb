import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { agencyPlanState, cachedForAgency } from "./agency-plan-state.ts";

export interface ReportableAssignment {
  assignmentId: string;
  plan: { code: string; title: string };
  itemCode: string;
  itemTitle: string;
  /** The budget lines covering the item (VND), or null. */
  budgetVnd: bigint | null;
  periods: { id: string; key: string; label: string; dueDate: string; dueAt: Date }[];
  reportedKeys: Set<string>;
}

type PlanPart = Omit<ReportableAssignment, "reportedKeys">;

/** The agency's reporting assignments as the plan defines them (cached until the next import or merge). */
async function loadReportable({ db }: ServiceDeps, agencyId: string): Promise<PlanPart[]> {
  const rows = await db.assignment.findMany({
    where: { agencyId, mustReport: true, plan: { status: "active" } },
    orderBy: { workItem: { position: "asc" } },
    include: {
      plan: { select: { code: true, title: true } },
      workItem: { include: { budgetLinks: { include: { budgetLine: { select: { amountVnd: true } } } } } },
      calendars: { include: { calendar: { include: { periods: { orderBy: { dueAt: "asc" } } } } } },
    },
  });
  return rows.map((a) => {
    const lines = a.workItem.budgetLinks.map((l) => l.budgetLine.amountVnd);
    return {
      assignmentId: a.id,
      plan: a.plan,
      itemCode: a.workItem.code,
      itemTitle: a.workItem.title,
      budgetVnd: lines.length === 0 ? null : lines.reduce((s, x) => s + x, 0n),
      periods: a.calendars
        .flatMap((c) => c.calendar.periods)
        .map((p) => ({ id: p.id, key: p.key, label: p.label, dueDate: p.dueDate, dueAt: p.dueAt }))
        .sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime()),
    };
  });
}

/**
 * What a focal point may report on: its own agency's reporting assignments, nothing else. One
 * query per call (what was reported, and the plan data's version); the plan data is cached.
 */
export async function reportableAssignments(
  deps: ServiceDeps,
  actor: Actor,
): Promise<ReportableAssignment[]> {
  const agencyId = actor.agencyId;
  if (!allowed(actor, "report.submit") || agencyId === null) throw new AppError("forbidden");
  const state = await agencyPlanState(deps, agencyId);
  const planPart = await cachedForAgency(deps, `reportable:${agencyId}`, state, () =>
    loadReportable(deps, agencyId),
  );
  // The cached objects are shared between requests: each caller gets its own.
  return planPart.map((a) => ({
    ...a,
    periods: [...a.periods],
    reportedKeys: new Set(state.reported.get(a.assignmentId)),
  }));
}
