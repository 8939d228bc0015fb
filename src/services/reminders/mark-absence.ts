import { randomUUID } from "node:crypto";
import { allowed, type Caller } from "../../domain/access/roles.ts";
import { parseAbsenceRange } from "../../domain/reminders/absences.ts";
import { localDateOf } from "../../domain/reminders/working-time.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { calendarPlan } from "../plan/calendar-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface MarkedAbsence {
  id: string;
  name: string;
  fromDate: string;
  toDate: string;
}

/**
 * A member away from one local date to another (`range` as typed: "10/07 - 21/07"). A member may
 * mark themselves; the standing office (and the operator) anyone.
 */
export async function markAbsence(
  deps: ServiceDeps,
  o: { actor: Caller; memberId: string; range: string; reason?: string },
): Promise<MarkedAbsence> {
  const self = o.actor !== "system" && o.actor.memberId === o.memberId;
  if (!self && !allowed(o.actor, "reminders.manage")) throw new AppError("forbidden");
  const member = await deps.db.member.findFirst({
    where: { id: o.memberId, removedAt: null },
    select: { id: true, fullName: true },
  });
  if (member === null) throw new AppError("member-not-found");
  const plan = await calendarPlan(deps);
  const now = deps.clock.now();
  const range = parseAbsenceRange(o.range.trim(), localDateOf(now, plan));
  if (range.kind === "bad") throw new AppError("bad-absence", { value: o.range.trim() });
  const id = randomUUID();
  await deps.db.absence.create({
    data: {
      id,
      memberId: member.id,
      fromDate: range.fromDate,
      toDate: range.toDate,
      reason: o.reason ?? null,
      createdById: o.actor === "system" ? null : o.actor.memberId,
      createdAt: now,
    },
  });
  await audit(deps.db, {
    at: now,
    actorMemberId: o.actor === "system" ? null : o.actor.memberId,
    ...(o.actor === "system" ? { actorLabel: "cli" } : {}),
    action: "absence.mark",
    entity: "member",
    entityId: member.id,
    data: { from: range.fromDate, to: range.toDate },
  });
  return { id, name: member.fullName, fromDate: range.fromDate, toDate: range.toDate };
}
