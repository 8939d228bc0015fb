import { can, type Actor } from "../domain/access/roles.ts";
import { nextDeadline, overduePeriods } from "../domain/calendar/deadlines.ts";
import type { TRole } from "../domain/plan/plan-file-schema.ts";
import { AppError } from "./app-error.ts";
import type { ServiceDeps } from "./service-deps.ts";

export interface TaskRow {
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

/** A focal point's (or any member's) agency items, with the next deadline and report status. */
export async function listTasks(deps: ServiceDeps, actor: Actor): Promise<TaskRow[]> {
  if (!can(actor, "tasks.view")) throw new AppError("forbidden");
  if (actor.agencyId === null) throw new AppError("no-agency");
  const { db, clock } = deps;
  const now = clock.now();
  const assignments = await db.assignment.findMany({
    where: { agencyId: actor.agencyId },
    include: {
      workItem: {
        include: {
          budgetLinks: { include: { budgetLine: { include: { items: { include: { workItem: true } } } } } },
        },
      },
      calendars: { include: { calendar: { include: { periods: true } } } },
      reports: { select: { period: { select: { key: true } } } },
    },
    orderBy: { workItem: { position: "asc" } },
  });
  return assignments.map((a) => {
    const lines = a.workItem.budgetLinks.map((l) => l.budgetLine);
    const periods = a.calendars.flatMap((c) => c.calendar.periods);
    const reported = new Set(a.reports.map((r) => r.period.key));
    const next = nextDeadline(periods, now);
    return {
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
      next: next && {
        key: next.key,
        label: next.label,
        dueDate: next.dueDate,
        reported: reported.has(next.key),
      },
      overdue: overduePeriods(periods, reported, now).map((p) => ({
        key: p.key,
        label: p.label,
        dueDate: p.dueDate,
      })),
    };
  });
}
