/** A reminder row's own fields (nullable in the one outbox, always set for kind "reminder"). */
export function reminderFields<
  T extends {
    assignmentId: string | null;
    periodId: string | null;
    step: string | null;
    recipientMemberId: string | null;
  },
>(row: T): (T & { assignmentId: string; periodId: string; step: string; recipientMemberId: string }) | null {
  const { assignmentId, periodId, step, recipientMemberId } = row;
  if (assignmentId === null || periodId === null || step === null || recipientMemberId === null) return null;
  return { ...row, assignmentId, periodId, step, recipientMemberId };
}
