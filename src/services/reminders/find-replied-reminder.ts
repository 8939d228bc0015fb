import type { Actor } from "../../domain/access/roles.ts";
import { findReminderTarget } from "./find-reminder-target.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * The item and period of the reminder a message replies to (by the channel's message id), when
 * that reminder was sent to the person replying; otherwise null.
 */
export async function findRepliedReminder(
  deps: ServiceDeps,
  o: { actor: Actor; channel: string; messageId: string },
): Promise<{ assignmentId: string; periodId: string } | null> {
  return findReminderTarget(deps, { memberId: o.actor.memberId, channel: o.channel, messageId: o.messageId });
}
