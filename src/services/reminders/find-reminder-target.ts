import { reminderFields } from "../outbox/reminder-fields.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * The assignment and period a reminder was about, found by its outbox id (a button on it) or by
 * the message it went out as (a reply to it); only for the person it was sent to, else null (also
 * for a message that listed several items).
 */
export async function findReminderTarget(
  deps: ServiceDeps,
  o: { memberId: string } & ({ outboxId: string } | { channel: string; messageId: string }),
): Promise<{ assignmentId: string; periodId: string } | null> {
  const rows = await deps.db.outbox.findMany({
    where: {
      kind: "reminder",
      recipientMemberId: o.memberId,
      ...("outboxId" in o ? { id: o.outboxId } : { channel: o.channel, messageId: o.messageId }),
    },
    select: { assignmentId: true, periodId: true, step: true, recipientMemberId: true },
    take: 20,
  });
  const targets = new Map(
    rows.flatMap((r) => {
      const f = reminderFields(r);
      return f
        ? [[`${f.assignmentId}|${f.periodId}`, { assignmentId: f.assignmentId, periodId: f.periodId }]]
        : [];
    }),
  );
  // A message that listed several items (batched) names no one item: the reply's text must.
  return targets.size === 1 ? ([...targets.values()][0] ?? null) : null;
}
