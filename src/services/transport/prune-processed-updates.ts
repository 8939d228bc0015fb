// Processed-update records are only needed while Telegram may deliver an update again (it keeps
// undelivered updates 24 hours): older ones are deleted in small batches, keeping the newest row
// of each channel (the last update handled stays visible).
import type { ServiceDeps } from "../service-deps.ts";

export interface PruneLimits {
  olderThanDays: number;
  /** Rows per delete statement. */
  batchSize: number;
  /** Batches per run: a run never holds the database for long; the next run continues. */
  maxBatches: number;
}

export const UPDATE_RECORDS_KEPT: PruneLimits = { olderThanDays: 7, batchSize: 500, maxBatches: 20 };

/** Deletes handled update records older than the limit; returns how many were deleted. */
export async function pruneProcessedUpdates(
  deps: Pick<ServiceDeps, "db" | "clock">,
  limits: PruneLimits = UPDATE_RECORDS_KEPT,
): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - limits.olderThanDays * 86_400_000);
  const channels = await deps.db.processedUpdate.groupBy({ by: ["channel"] });
  let deleted = 0;
  let batches = 0;
  for (const { channel } of channels) {
    const newest = await deps.db.processedUpdate.findFirst({
      where: { channel },
      orderBy: { processedAt: "desc" },
      select: { updateId: true },
    });
    while (batches < limits.maxBatches) {
      const rows = await deps.db.processedUpdate.findMany({
        where: {
          channel,
          status: "done",
          processedAt: { lt: cutoff },
          ...(newest ? { updateId: { not: newest.updateId } } : {}),
        },
        take: limits.batchSize,
        select: { updateId: true },
      });
      if (rows.length === 0) break;
      batches++;
      const { count } = await deps.db.processedUpdate.deleteMany({
        where: { channel, updateId: { in: rows.map((r) => r.updateId) } },
      });
      deleted += count;
    }
  }
  return deleted;
}
