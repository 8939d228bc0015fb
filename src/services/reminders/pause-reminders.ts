import { randomUUID } from "node:crypto";
import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { currentPlan } from "../plan/current-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface PauseTarget {
  /** An agency code or a period key of the current plan. */
  code: string;
}

async function resolveTarget(deps: ServiceDeps, code: string) {
  const plan = await currentPlan(deps);
  const agency = await deps.db.agency.findFirst({
    where: { code, plans: { some: { planId: plan.id } } },
  });
  if (agency) return { planId: plan.id, agencyId: agency.id, periodId: null, label: agency.name };
  const period = await deps.db.reportingPeriod.findUnique({
    where: { planId_key: { planId: plan.id, key: code } },
  });
  if (period)
    return { planId: plan.id, agencyId: null, periodId: period.id, label: `${period.label} (${period.key})` };
  throw new AppError("unknown-pause-target", { code });
}

/** The standing office pauses reminders for an agency or a whole period (pending ones stop too). */
export async function pauseReminders(deps: ServiceDeps, options: { actor: Actor; code: string }) {
  if (!allowed(options.actor, "reminders.manage")) throw new AppError("forbidden");
  const t = await resolveTarget(deps, options.code);
  const now = deps.clock.now();
  const existing = await deps.db.reminderPause.findFirst({
    where: { planId: t.planId, agencyId: t.agencyId, periodId: t.periodId, liftedAt: null },
  });
  if (existing === null) {
    await deps.db.reminderPause.create({
      data: {
        id: randomUUID(),
        planId: t.planId,
        agencyId: t.agencyId,
        periodId: t.periodId,
        createdById: options.actor.memberId,
        createdAt: now,
      },
    });
    await audit(deps.db, {
      at: now,
      actorMemberId: options.actor.memberId,
      action: "reminders.pause",
      entity: "pause",
      entityId: options.code,
    });
  }
  return { label: t.label, already: existing !== null };
}

export async function resumeReminders(deps: ServiceDeps, options: { actor: Actor; code: string }) {
  if (!allowed(options.actor, "reminders.manage")) throw new AppError("forbidden");
  const t = await resolveTarget(deps, options.code);
  const now = deps.clock.now();
  const lifted = await deps.db.reminderPause.updateMany({
    where: { planId: t.planId, agencyId: t.agencyId, periodId: t.periodId, liftedAt: null },
    data: { liftedAt: now },
  });
  if (lifted.count > 0) {
    await audit(deps.db, {
      at: now,
      actorMemberId: options.actor.memberId,
      action: "reminders.resume",
      entity: "pause",
      entityId: options.code,
    });
  }
  return { label: t.label, wasPaused: lifted.count > 0 };
}
