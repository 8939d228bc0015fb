// Which of a person's chats a person-addressed outbox row goes to. One row, one key, one person:
// the row is sent once, on the first of these targets whose channel runs in this process; a chat
// that refuses (the person blocked the bot) is marked unreachable and the next one is tried.
import type { ServiceDeps } from "../service-deps.ts";
import { identitySeenKey } from "../people/note-identity-seen.ts";
import type { Target } from "./prepare-outbox-row.ts";

export interface DeliveryIdentity {
  id: string;
  channel: string;
  chatId: string | null;
  unreachableAt: Date | null;
  createdAt: Date;
}

/**
 * The person's reachable chats in order of preference: their preferred channel first, then the
 * most recently used (last message seen from it, else the most recently linked).
 */
export function chooseDeliveryTargets(options: {
  identities: readonly DeliveryIdentity[];
  preferredChannel: string | null;
  lastSeen: ReadonlyMap<string, Date>;
}): Target[] {
  const { preferredChannel, lastSeen } = options;
  const recency = (i: DeliveryIdentity) => (lastSeen.get(i.id) ?? i.createdAt).getTime();
  return options.identities
    .filter((i): i is DeliveryIdentity & { chatId: string } => i.chatId !== null && i.unreachableAt === null)
    .sort(
      (a, b) =>
        Number(b.channel === preferredChannel) - Number(a.channel === preferredChannel) ||
        recency(b) - recency(a),
    )
    .map((i) => ({ channel: i.channel, chatId: i.chatId, identityId: i.id }));
}

/** When each identity last wrote to the bot (only asked for people with more than one chat). */
export async function loadLastSeen(
  deps: Pick<ServiceDeps, "db">,
  identities: readonly { id: string }[],
): Promise<Map<string, Date>> {
  if (identities.length < 2) return new Map();
  const keys = identities.map((i) => identitySeenKey(i.id));
  const rows = await deps.db.session.findMany({ where: { key: { in: keys } } });
  const byKey = new Map(rows.map((r) => [r.key, new Date(r.value)]));
  return new Map(
    identities.flatMap((i) => {
      const at = byKey.get(identitySeenKey(i.id));
      return at === undefined || Number.isNaN(at.getTime()) ? [] : [[i.id, at] as const];
    }),
  );
}

/** The ordered targets of a member, as the outbox sends to them. */
export async function deliveryTargetsOf(
  deps: Pick<ServiceDeps, "db">,
  member: { preferredChannel: string | null; identities: readonly DeliveryIdentity[] },
): Promise<Target[]> {
  const reachable = member.identities.filter((i) => i.chatId !== null && i.unreachableAt === null);
  return chooseDeliveryTargets({
    identities: member.identities,
    preferredChannel: member.preferredChannel,
    lastSeen: await loadLastSeen(deps, reachable),
  });
}
