// When a member last wrote from a chat: the outbox sends to the most recently used chat of a
// person who has not chosen one. Written at most every few minutes per chat (one primary-key row
// in Session), so a busy conversation does not write on every message.
import type { ServiceDeps } from "../service-deps.ts";

export const identitySeenKey = (identityId: string): string => `seen:${identityId}`;

const RESOLUTION_MS = 10 * 60_000;

export interface SeenIdentity {
  identityId: string;
  /** The last time recorded (null: never). */
  seenAt: Date | null;
  /** Marked unreachable (they had blocked the bot): writing again means they are back. */
  unreachable: boolean;
}

export async function noteIdentitySeen(deps: ServiceDeps, seen: SeenIdentity): Promise<void> {
  const now = deps.clock.now();
  if (seen.unreachable) {
    await deps.db.chatIdentity.update({ where: { id: seen.identityId }, data: { unreachableAt: null } });
  }
  if (seen.seenAt !== null && Math.abs(now.getTime() - seen.seenAt.getTime()) < RESOLUTION_MS) return;
  const key = identitySeenKey(seen.identityId);
  const value = now.toISOString();
  await deps.db.session.upsert({ where: { key }, create: { key, value }, update: { value } });
}
