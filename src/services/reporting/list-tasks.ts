import { can, type Actor } from "../../domain/access/roles.ts";
import { nextDeadline, overduePeriods, type DatedPeriod } from "../../domain/calendar/deadlines.ts";
import type { TRole } from "../../domain/plan/plan-file-schema.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { agencyPlanState, cachedForAgency } from "./agency-plan-state.ts";

export interface TaskRow {
  /** The plan the item belongs to (an agency works on every active plan that names it). */
  plan: { code: string; title: string; year: number };
  itemCode: string;
  itemTitle: string;
  role: TRole;
  mustReport: boolean;
  /** Budget lines on the item (VND); shared lines name the other items. */
  budgetVnd: bigint | null;
  sharedWith: string[];
  next: { key: string; label: string; dueDate: string; reported: boolean } | null;
  overdue: { key: string; label: string; dueDate: string }[];
}

interface AgencyAssignment {
  id: string;
  plan: { code: string; title: string; year: number };
  itemCode: string;
  itemTitle: string;
  role: TRole;
  mustReport: boolean;
  budgetVnd: bigint | null;
  sharedWith: string[];
  periods: DatedPeriod[];
}

/** The agency's assignments with budgets and periods: plan data, cached until the next import or merge. */
async function loadAgencyAssignments({ db }: ServiceDeps, agencyId: string): Promise<AgencyAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: { agencyId, plan: { status: "active" } },
    include: {
      plan: { select: { code: true, title: true, year: true } },
      workItem: {
        include: {
          budgetLinks: { include: { budgetLine: { include: { items: { include: { workItem: true } } } } } },
        },
      },
      calendars: { include: { calendar: { include: { periods: true } } } },
    },
    orderBy: [{ plan: { year: "desc" } }, { plan: { code: "asc" } }, { workItem: { position: "asc" } }],
  });
  return assignments.map((a) => {
    const lines = a.workItem.budgetLinks.map((l) => l.budgetLine);
    return {
      id: a.id,
      plan: a.plan,
      itemCode: a.workItem.code,
      itemTitle: a.workItem.title,
      role: a.role as TRole,
      mustReport: a.mustReport,
      budgetVnd: lines.length === 0 ? null : lines.reduce((s, l) => s + l.amountVnd, 0n),
      sharedWith: [
        ...new Set(
          lines.flatMap((l) => l.items.map((i) => i.workItem.code)).filter((c) => c !== a.workItem.code),
        ),
      ],
      periods: a.calendars.flatMap((c) => c.calendar.periods),
    };
  });
}

/**
 * A focal point's (or any member's) agency items in every active plan (newest year first), with
 * the next deadline and report status.
 */
export async function listTasks(deps: ServiceDeps, actor: Actor): Promise<TaskRow[]> {
  if (!can(actor, "tasks.view")) throw new AppError("forbidden");
  const agencyId = actor.agencyId;
  if (agencyId === null) throw new AppError("no-agency");
  const now = deps.clock.now();
  // One small query per request (what was reported, and the plan data's version); the plan data
  // itself comes from the cache.
  const state = await agencyPlanState(deps, agencyId);
  const assignments = await cachedForAgency(deps, `tasks:${agencyId}`, state, () =>
    loadAgencyAssignments(deps, agencyId),
  );
  return assignments.map((a) => {
    const reported = state.reported.get(a.id) ?? new Set<string>();
    const next = nextDeadline(a.periods, now);
    return {
      plan: a.plan,
      itemCode: a.itemCode,
      itemTitle: a.itemTitle,
      role: a.role,
      mustReport: a.mustReport,
      budgetVnd: a.budgetVnd,
      sharedWith: a.sharedWith,
      next: next && {
        key: next.key,
        label: next.label,
        dueDate: next.dueDate,
        reported: reported.has(next.key),
      },
      overdue: overduePeriods(a.periods, reported, now).map((p) => ({
        key: p.key,
        label: p.label,
        dueDate: p.dueDate,
      })),
    };
  });
}
