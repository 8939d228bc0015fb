import type { Actor } from "../../domain/access/roles.ts";
import { deliveryTargetsOf } from "../outbox/choose-delivery-identity.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface MemberChannels {
  /** The channel chosen for reminders and notices (null: not chosen). */
  preferredChannel: string | null;
  /** Where the outbox sends now (the first reachable chat in order of preference). */
  deliveredOn: string | null;
  channels: { channel: string; reachable: boolean }[];
}

/** The chat apps a member is linked on (their own: nobody else's). */
export async function memberChannels(deps: ServiceDeps, actor: Actor): Promise<MemberChannels> {
  const member = await deps.db.member.findUniqueOrThrow({
    where: { id: actor.memberId },
    include: { identities: { orderBy: { createdAt: "asc" } } },
  });
  const targets = await deliveryTargetsOf(deps, member);
  const seen = new Set<string>();
  const channels = member.identities.flatMap((i) => {
    if (seen.has(i.channel)) return [];
    seen.add(i.channel);
    const reachable = member.identities.some(
      (j) => j.channel === i.channel && j.chatId !== null && j.unreachableAt === null,
    );
    return [{ channel: i.channel, reachable }];
  });
  return { preferredChannel: member.preferredChannel, deliveredOn: targets[0]?.channel ?? null, channels };
}
