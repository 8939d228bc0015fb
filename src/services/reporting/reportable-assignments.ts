import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

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

/** What a focal point may report on: its own agency's reporting assignments, nothing else. */
export async function reportableAssignments(
  deps: ServiceDeps,
  actor: Actor,
): Promise<ReportableAssignment[]> {
  if (!allowed(actor, "report.submit") || actor.agencyId === null) throw new AppError("forbidden");
  const rows = await deps.db.assignment.findMany({
    where: { agencyId: actor.agencyId, mustReport: true, plan: { status: "active" } },
    orderBy: { workItem: { position: "asc" } },
    include: {
      plan: { select: { code: true, title: true } },
      workItem: { include: { budgetLinks: { include: { budgetLine: { select: { amountVnd: true } } } } } },
      calendars: { include: { calendar: { include: { periods: { orderBy: { dueAt: "asc" } } } } } },
      reports: { select: { period: { select: { key: true } } } },
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
      reportedKeys: new Set(a.reports.map((r) => r.period.key)),
    };
  });
}
