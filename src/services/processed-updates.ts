import type { ServiceDeps } from "./service-deps.ts";

/** Whether an update was already handled (Telegram re-delivers after a restart or a retry). */
export async function wasProcessed(deps: ServiceDeps, channel: string, updateId: string): Promise<boolean> {
  const row = await deps.db.processedUpdate.findUnique({
    where: { channel_updateId: { channel, updateId } },
    select: { updateId: true },
  });
  return row !== null;
}

/** Records an update as handled; recorded after handling, so a crash mid-way re-handles it. */
export async function markProcessed(deps: ServiceDeps, channel: string, updateId: string): Promise<void> {
  try {
    await deps.db.processedUpdate.create({ data: { channel, updateId, processedAt: deps.clock.now() } });
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e; // handled concurrently: already recorded
  }
}

/**
 * The highest update id recorded for a channel (Telegram's ids only grow), or 0. Looked at once
 * at start: anything above it, and above what this process has handled since, is new.
 */
export async function highestProcessedUpdate(deps: ServiceDeps, channel: string): Promise<number> {
  const rows = await deps.db.processedUpdate.findMany({
    where: { channel },
    orderBy: { processedAt: "desc" },
    take: 1000,
    select: { updateId: true },
  });
  return rows.reduce((max, r) => Math.max(max, Number(r.updateId) || 0), 0);
}
