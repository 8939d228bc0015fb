import type { ServiceDeps } from "./service-deps.ts";

/** Whether an update was already handled (Telegram re-delivers after a restart or a retry). */
export async function wasProcessed(deps: ServiceDeps, channel: string, updateId: string): Promise<boolean> {
  const row = await deps.db.processedUpdate.findUnique({
    where: { channel_updateId: { channel, updateId } },
  });
  return row !== null;
}

/** Records an update as handled; recorded after handling, so a crash mid-way re-handles it. */
export async function markProcessed(deps: ServiceDeps, channel: string, updateId: string): Promise<void> {
  await deps.db.processedUpdate.upsert({
    where: { channel_updateId: { channel, updateId } },
    create: { channel, updateId, processedAt: deps.clock.now() },
    update: {},
  });
}
