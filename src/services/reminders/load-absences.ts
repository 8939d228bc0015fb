import type { AbsenceSpan } from "../../domain/reminders/absences.ts";
import type { ServiceDeps } from "../service-deps.ts";

const DAY = 86_400_000;

/** Absences not cancelled that touch the days a tick at `now` may look at (back to the catch-up). */
export async function loadAbsences(
  deps: Pick<ServiceDeps, "db">,
  now: Date,
  catchUpDays: number,
): Promise<AbsenceSpan[]> {
  const since = new Date(now.getTime() - (catchUpDays + 3) * DAY).toISOString().slice(0, 10);
  return deps.db.absence.findMany({
    where: { cancelledAt: null, toDate: { gte: since } },
    select: { memberId: true, fromDate: true, toDate: true },
  });
}
