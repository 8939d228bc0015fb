// Runs in the confirmation's transaction (confirm-report.ts), so it cannot go straight to the
// driver; one raw statement still costs Prisma's engine about half a model query's work.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/open-database.ts";

/** A report came in: what was still waiting to remind about it is cancelled. */
export async function cancelPendingReminders(
  db: Db | Prisma.TransactionClient,
  key: { assignmentId: string; periodId: string },
): Promise<number> {
  return db.$executeRaw`
    UPDATE "Outbox" SET "status" = 'cancelled'
    WHERE "assignmentId" = ${key.assignmentId} AND "periodId" = ${key.periodId}
      AND "kind" = 'reminder' AND "status" = 'pending'`;
}
