import { allowed, type Actor } from "../../domain/access/roles.ts";
import { localDateOf } from "../../domain/reminders/working-time.ts";
import { AppError } from "../app-error.ts";
import { calendarPlan } from "../plan/calendar-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";
import type { MarkedAbsence } from "./mark-absence.ts";

/**
 * Absences not over yet (current and coming): the actor's own, or everyone's for the standing
 * office (`all`).
 */
export async function listAbsences(
  deps: ServiceDeps,
  o: { actor: Actor; all?: boolean },
): Promise<MarkedAbsence[]> {
  if (o.all === true && !allowed(o.actor, "reminders.manage")) throw new AppError("forbidden");
  const plan = await calendarPlan(deps);
  const rows = await deps.db.absence.findMany({
    where: {
      cancelledAt: null,
      toDate: { gte: localDateOf(deps.clock.now(), plan) },
      ...(o.all === true ? {} : { memberId: o.actor.memberId }),
    },
    orderBy: { fromDate: "asc" },
    take: 30,
    select: { id: true, fromDate: true, toDate: true, member: { select: { fullName: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.member.fullName, fromDate: r.fromDate, toDate: r.toDate }));
}
