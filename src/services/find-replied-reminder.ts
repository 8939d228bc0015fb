import type { Actor } from "../domain/access/roles.ts";
import type { ServiceDeps } from "./service-deps.ts";

/**
 * The item and period of the reminder a message replies to (by the channel's message id), when
 * that reminder was sent to the person replying; otherwise null.
 */
export async function findRepliedReminder(
  deps: ServiceDeps,
  o: { actor: Actor; channel: string; messageId: string },
): Promise<{ assignmentId: string; periodId: string } | null> {
  return deps.db.reminderOutbox.findFirst({
    where: { channel: o.channel, messageId: o.messageId, recipientMemberId: o.actor.memberId },
    select: { assignmentId: true, periodId: true },
  });
}
