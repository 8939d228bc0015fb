import { randomUUID } from "node:crypto";
import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface PauseTarget {
  /** An agency code or a period key of the current plan. */
  code: string;
}

/** The pause rows a code stands for: the agency, or the period, in every active plan that has it. */
async function resolveTarget(deps: ServiceDeps, code: string) {
  const plans = await deps.db.plan.findMany({ where: { status: "active" }, select: { id: true } });
  if (plans.length === 0) await resolvePlan(deps); // says why: no plan, or none active
  const planIds = plans.map((p) => p.id);
  const agency = await deps.db.agency.findFirst({
    where: { code, plans: { some: { planId: { in: planIds } } } },
    include: { plans: { where: { planId: { in: planIds } }, select: { planId: true } } },
  });
  if (agency) {
    const rows = agency.plans.map((p) => ({ planId: p.planId, agencyId: agency.id, periodId: null }));
    return { rows, label: agency.name };
  }
  const periods = await deps.db.reportingPeriod.findMany({ where: { planId: { in: planIds }, key: code } });
  const [first] = periods;
  if (first) {
    const rows = periods.map((p) => ({ planId: p.planId, agencyId: null, periodId: p.id }));
    return { rows, label: `${first.label} (${first.key})` };
  }
  throw new AppError("unknown-pause-target", { code });
}

/** The standing office pauses reminders for an agency or a whole period (pending ones stop too). */
export async function pauseReminders(deps: ServiceDeps, options: { actor: Actor; code: string }) {
  if (!allowed(options.actor, "reminders.manage")) throw new AppError("forbidden");
  const t = await resolveTarget(deps, options.code);
  const now = deps.clock.now();
  let added = 0;
  for (const row of t.rows) {
    const existing = await deps.db.reminderPause.findFirst({ where: { ...row, liftedAt: null } });
    if (existing !== null) continue;
    await deps.db.reminderPause.create({
      data: { id: randomUUID(), ...row, createdById: options.actor.memberId, createdAt: now },
    });
    added++;
  }
  if (added > 0) {
    await audit(deps.db, {
      at: now,
      actorMemberId: options.actor.memberId,
      action: "reminders.pause",
      entity: "pause",
      entityId: options.code,
    });
  }
  return { label: t.label, already: added === 0 };
}

export async function resumeReminders(deps: ServiceDeps, options: { actor: Actor; code: string }) {
  if (!allowed(options.actor, "reminders.manage")) throw new AppError("forbidden");
  const t = await resolveTarget(deps, options.code);
  const now = deps.clock.now();
  const lifted = await deps.db.reminderPause.updateMany({
    where: { OR: t.rows, liftedAt: null },
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
