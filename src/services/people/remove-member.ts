import { canRemove, type Actor, type MemberRole } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Removes a member at once: from the next update on they are treated as unknown. History stays.
 * Digests subscribed in their private chats stop (plan-wide figures are not for former members).
 */
export async function removeMember(
  deps: ServiceDeps,
  options: { actor: Actor | "system"; memberId: string },
): Promise<{ fullName: string }> {
  const { db, clock } = deps;
  const target = await db.member.findUnique({
    where: { id: options.memberId },
    include: { identities: { select: { channel: true, chatId: true } } },
  });
  if (target === null || target.removedAt !== null) throw new AppError("member-not-found");
  const { actor } = options;
  if (actor !== "system" && !canRemove(actor, { memberId: target.id, role: target.role as MemberRole })) {
    throw new AppError("forbidden");
  }
  const now = clock.now();
  await db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: target.id }, data: { removedAt: now } });
    const privateChats = target.identities.flatMap((i) =>
      i.chatId === null ? [] : [{ channel: i.channel, chatId: i.chatId }],
    );
    if (privateChats.length > 0)
      await tx.chatSubscription.updateMany({
        where: { removedAt: null, OR: privateChats },
        data: { removedAt: now },
      });
    await audit(tx, {
      at: now,
      actorMemberId: actor === "system" ? null : actor.memberId,
      actorLabel: actor === "system" ? "cli" : "member",
      action: "member.remove",
      entity: "member",
      entityId: target.id,
      data: { role: target.role, agencyId: target.agencyId },
    });
  });
  return { fullName: target.fullName };
}
