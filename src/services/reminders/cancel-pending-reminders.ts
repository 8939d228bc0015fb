import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/open-database.ts";

/** A report came in: what was still waiting to remind about it is cancelled. */
export async function cancelPendingReminders(
  db: Db | Prisma.TransactionClient,
  key: { assignmentId: string; periodId: string },
): Promise<number> {
  const r = await db.outbox.updateMany({
    where: { ...key, kind: "reminder", status: "pending" },
    data: { status: "cancelled" },
  });
  return r.count;
}
