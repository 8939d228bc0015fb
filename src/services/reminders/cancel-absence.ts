import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";
import type { MarkedAbsence } from "./mark-absence.ts";

/** Cancels an absence: the member's own, or anyone's for the standing office. */
export async function cancelAbsence(
  deps: ServiceDeps,
  o: { actor: Actor; absenceId: string },
): Promise<MarkedAbsence> {
  const row = await deps.db.absence.findUnique({
    where: { id: o.absenceId },
    select: {
      id: true,
      memberId: true,
      fromDate: true,
      toDate: true,
      member: { select: { fullName: true } },
    },
  });
  if (row === null) throw new AppError("bad-button");
  if (row.memberId !== o.actor.memberId && !allowed(o.actor, "reminders.manage"))
    throw new AppError("forbidden");
  await deps.db.absence.updateMany({
    where: { id: row.id, cancelledAt: null },
    data: { cancelledAt: deps.clock.now() },
  });
  return { id: row.id, name: row.member.fullName, fromDate: row.fromDate, toDate: row.toDate };
}
