// Once an hour (and once at start): keeps the bookkeeping tables bounded. Deletes are batched and
// idempotent, so several processes on one database may run it side by side.
import type { Logger } from "pino";
import { pruneProcessedUpdates } from "../services/transport/prune-processed-updates.ts";
import { pruneLapsedSenders } from "../services/outbox/sender-presence.ts";
import { pruneStaleDrafts } from "../services/reporting/prune-stale-drafts.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import { startScheduler, type Scheduler } from "./start-scheduler.ts";

export const HOUSEKEEPING_CRON = "17 * * * *";

export interface HousekeepingResult {
  updates: number;
  drafts: number;
  /** Rows of outbox senders that died (sender-presence.ts). */
  senders: number;
}

export function createHousekeepingTicker(options: {
  deps: Pick<ServiceDeps, "db" | "clock">;
  logger: Logger;
}): { tick(): Promise<HousekeepingResult> } {
  return {
    async tick() {
      const updates = await pruneProcessedUpdates(options.deps);
      const drafts = await pruneStaleDrafts(options.deps);
      const senders = await pruneLapsedSenders(options.deps);
      const result = { updates, drafts, senders };
      if (updates + drafts + senders > 0) options.logger.info(result, "housekeeping: old records deleted");
      return result;
    },
  };
}

/** Runs housekeeping now and then hourly; `stop()` waits for a run in progress. */
export function startHousekeeping(options: {
  deps: Pick<ServiceDeps, "db" | "clock">;
  timezone: string;
  logger: Logger;
}): Scheduler {
  const ticker = createHousekeepingTicker(options);
  const first = ticker.tick().catch((err: unknown) => options.logger.error({ err }, "housekeeping failed"));
  const hourly = startScheduler({
    tickers: [ticker],
    expression: HOUSEKEEPING_CRON,
    timezone: options.timezone,
    logger: options.logger,
  });
  return {
    stop: async () => {
      await hourly.stop();
      await first;
    },
  };
}
