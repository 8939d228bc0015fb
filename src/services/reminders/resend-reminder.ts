import { can, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * "Remind them again" from /overdue: one more reminder to each focal point of the agency, queued
 * now and sent right away. Asking twice within a minute queues nothing more.
 */
export async function resendReminder(
  deps: ServiceDeps,
  o: { actor: Actor; assignmentId: string; periodKey: string },
): Promise<{ agency: string; queued: number }> {
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
  const step = `manual-${Math.floor(now.getTime() / 60_000)}`;
  const queued = await enqueueOutbox(
    deps.db,
    focal.map((m) => {
      const r = { assignmentId: assignment.id, periodId: period.id, step, recipientMemberId: m.id };
      return {
        kind: "reminder" as const,
        key: outboxKey.reminder(r),
        planId: assignment.planId,
        ...r,
        dueAt: now,
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
  return { agency: assignment.agency.name, queued };
}
