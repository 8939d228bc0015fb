import { reminderFields } from "../outbox/reminder-fields.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * The assignment and period a reminder was about, found by its outbox id (a button on it) or by
 * the message it went out as (a reply to it); only for the person it was sent to, else null.
 */
export async function findReminderTarget(
  deps: ServiceDeps,
  o: { memberId: string } & ({ outboxId: string } | { channel: string; messageId: string }),
): Promise<{ assignmentId: string; periodId: string } | null> {
  const row = await deps.db.outbox.findFirst({
    where: {
      kind: "reminder",
      recipientMemberId: o.memberId,
      ...("outboxId" in o ? { id: o.outboxId } : { channel: o.channel, messageId: o.messageId }),
    },
    select: { assignmentId: true, periodId: true, step: true, recipientMemberId: true },
  });
  const fields = row && reminderFields(row);
  return fields ? { assignmentId: fields.assignmentId, periodId: fields.periodId } : null;
}
