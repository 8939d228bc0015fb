import { randomUUID } from "node:crypto";
import { can, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Registers a group chat (the standing office's) to receive digests of every active plan (a plan
 * activated later takes over the chats subscribed by then). Subscribing twice is harmless.
 */
export async function subscribeChat(
  deps: ServiceDeps,
  options: { actor: Actor; channel: string; chatId: string; title: string | null },
): Promise<"subscribed" | "already"> {
  if (!can(options.actor, "chat.subscribe")) throw new AppError("forbidden");
  const { db, clock } = deps;
  const plans = await db.plan.findMany({ where: { status: "active" }, select: { id: true } });
  if (plans.length === 0) await resolvePlan(deps); // says why: no plan, or none active
  const now = clock.now();
  let added = 0;
  for (const plan of plans) {
    const key = { planId: plan.id, channel: options.channel, chatId: options.chatId, kind: "digest" };
    const existing = await db.chatSubscription.findUnique({ where: { planId_channel_chatId_kind: key } });
    if (existing !== null && existing.removedAt === null) continue;
    await db.chatSubscription.upsert({
      where: { planId_channel_chatId_kind: key },
      create: {
        id: randomUUID(),
        ...key,
        title: options.title,
        createdById: options.actor.memberId,
        createdAt: now,
      },
      update: { removedAt: null, title: options.title, createdById: options.actor.memberId },
    });
    added++;
  }
  if (added === 0) return "already";
  await audit(db, {
    at: now,
    actorMemberId: options.actor.memberId,
    action: "chat.subscribe",
    entity: "chat",
    entityId: options.chatId,
  });
  return "subscribed";
}
