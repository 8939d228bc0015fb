// The plan lifecycle: draft (imported, not reminding) → active → closed (still readable, never
// reminds). Closing cancels the plan's reminders still waiting in the outbox; activating carries
// the chats subscribed to digests over to the plan.
import { randomUUID } from "node:crypto";
import { allowed, type Actor } from "../../domain/access/roles.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../app-error.ts";
import { audit, auditActor } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";
import type { PlanStatus } from "./list-plans.ts";

export interface PlanStatusChange {
  code: string;
  before: PlanStatus;
  after: PlanStatus;
  /** Reminders cancelled (closing). */
  cancelled: number;
}

/** The plan by its code as a person types it (the CLI), or by id (a choice in the chat). */
export type PlanRef = { code: string } | { id: string };

export async function setPlanStatus(
  deps: ServiceDeps,
  o: { actor: Actor | "system"; status: "active" | "closed" } & PlanRef,
): Promise<PlanStatusChange> {
  if (!allowed(o.actor, "plan.manage")) throw new AppError("forbidden");
  const { db, clock } = deps;
  const plan = await findPlan(deps, o);
  const before = plan.status as PlanStatus;
  if (before === o.status) throw new AppError("plan-status-unchanged", { code: plan.code, status: o.status });
  const now = clock.now();
  const cancelled = await db.$transaction(async (tx) => {
    // Only from the status read: of two people (or processes) changing it at once, one does.
    const changed = await tx.plan.updateMany({
      where: { id: plan.id, status: before },
      data:
        o.status === "active"
          ? { status: "active", activatedAt: now, closedAt: null }
          : { status: "closed", closedAt: now },
    });
    if (changed.count === 0)
      throw new AppError("plan-status-unchanged", { code: plan.code, status: o.status });
    if (o.status === "active") await carrySubscriptions(tx, plan.id, now);
    const dropped =
      o.status === "closed"
        ? await tx.outbox.updateMany({
            where: { planId: plan.id, kind: "reminder", status: "pending" },
            data: { status: "cancelled" },
          })
        : { count: 0 };
    await audit(tx, {
      at: now,
      ...auditActor(o.actor),
      action: o.status === "active" ? "plan.activate" : "plan.close",
      entity: "plan",
      entityId: plan.id,
      data: { code: plan.code, before, cancelledReminders: dropped.count },
    });
    return dropped.count;
  });
  return { code: plan.code, before, after: o.status, cancelled };
}

async function findPlan(
  { db }: Pick<ServiceDeps, "db">,
  ref: PlanRef,
): Promise<{ id: string; code: string; status: string }> {
  const select = { id: true, code: true, status: true } as const;
  if ("id" in ref) {
    const plan = await db.plan.findUnique({ where: { id: ref.id }, select });
    if (plan === null) throw new AppError("plan-gone");
    return plan;
  }
  const plans = await db.plan.findMany({ select });
  const wanted = ref.code.trim().toLowerCase();
  const plan = plans.find((p) => p.code.toLowerCase() === wanted);
  if (plan === undefined)
    throw new AppError("unknown-plan", { code: ref.code.trim(), plans: plans.map((p) => p.code).join(", ") });
  return plan;
}

/** Chats subscribed to digests (of any plan) get the newly active plan's digests too. */
async function carrySubscriptions(tx: Prisma.TransactionClient, planId: string, now: Date): Promise<void> {
  const subs = await tx.chatSubscription.findMany({ where: { kind: "digest", removedAt: null } });
  const chats = new Map(subs.map((s) => [`${s.channel}\u0000${s.chatId}`, s]));
  for (const s of chats.values()) {
    const key = { planId, channel: s.channel, chatId: s.chatId, kind: "digest" };
    await tx.chatSubscription.upsert({
      where: { planId_channel_chatId_kind: key },
      create: { id: randomUUID(), ...key, title: s.title, createdById: s.createdById, createdAt: now },
      update: { removedAt: null },
    });
  }
}
