import { can, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { nextOpening } from "../../domain/reminders/working-time.ts";
import { loadWorkingTime } from "./load-working-time.ts";

/**
 * "Remind them again" from /overdue: one more reminder to each focal point of the agency, sent
 * right away in working time, else at the next opening (`at` says when). Asking twice within a
 * minute queues nothing more.
 */
export async function resendReminder(
  deps: ServiceDeps,
  o: { actor: Actor; assignmentId: string; periodKey: string },
): Promise<{ agency: string; queued: number; at: Date }> {
  if (!can(o.actor, "reminders.manage")) throw new AppError("forbidden");
  const assignment = await deps.db.assignment.findFirst({
    where: { id: o.assignmentId, plan: { status: "active" } },
    include: { agency: true },
  });
  const period =
    assignment &&
    (await deps.db.reportingPeriod.findUnique({
      where: { planId_key: { planId: assignment.planId, key: o.periodKey } },
    }));
  if (!assignment || !period) throw new AppError("bad-button");
  const focal = await deps.db.member.findMany({
    where: {
      agencyId: assignment.agencyId,
      role: "focal-point",
      removedAt: null,
      identities: { some: { unreachableAt: null } },
    },
    select: { id: true },
  });
  const now = deps.clock.now();
  const { calendar, hours } = await loadWorkingTime(deps, assignment.planId);
  const at = nextOpening(now, calendar, hours);
  const step = `manual-${Math.floor(at.getTime() / 60_000)}`;
  const queued = await enqueueOutbox(
    deps.db,
    focal.map((m) => {
      const r = { assignmentId: assignment.id, periodId: period.id, step, recipientMemberId: m.id };
      return {
        kind: "reminder" as const,
        key: outboxKey.reminder(r),
        planId: assignment.planId,
        ...r,
        dueAt: at,
      };
    }),
    now,
  );
  if (queued > 0) {
    deps.outbox?.wake();
    await audit(deps.db, {
      at: now,
      actorMemberId: o.actor.memberId,
      action: "reminders.resend",
      entity: "assignment",
      entityId: assignment.id,
      data: { period: period.key },
    });
  }
  return { agency: assignment.agency.name, queued, at };
}
