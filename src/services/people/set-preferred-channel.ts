import type { Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** A member chooses the chat app their reminders and notices go to (one they are linked on). */
export async function setPreferredChannel(
  deps: ServiceDeps,
  options: { actor: Actor; channel: string },
): Promise<"set" | "unchanged"> {
  const { db, clock } = deps;
  const { actor, channel } = options;
  const member = await db.member.findUniqueOrThrow({
    where: { id: actor.memberId },
    include: { identities: { select: { channel: true } } },
  });
  if (!member.identities.some((i) => i.channel === channel)) throw new AppError("channel-not-linked");
  if (member.preferredChannel === channel) return "unchanged";
  const now = clock.now();
  await db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: member.id }, data: { preferredChannel: channel } });
    await audit(tx, {
      at: now,
      actorMemberId: member.id,
      action: "member.preferred-channel",
      entity: "member",
      entityId: member.id,
      data: { from: member.preferredChannel, to: channel },
    });
  });
  return "set";
}
