// node-cron only ticks; what is due always comes from the database (src/services).
import cron from "node-cron";
import type { Logger } from "pino";

/** Something the scheduler runs on every tick (reminders, digests). */
export interface Ticker {
  tick(): Promise<unknown>;
}

export interface Scheduler {
  /** Stops ticking and waits for a tick in progress. */
  stop(): Promise<void>;
}

export function startScheduler(options: {
  tickers: Ticker[];
  expression: string;
  timezone: string;
  logger: Logger;
}): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    options.expression,
    () => {
      running = (async () => {
        for (const ticker of options.tickers) {
          await ticker.tick().catch((err: unknown) => options.logger.error({ err }, "scheduled tick failed"));
        }
      })();
      return running;
    },
    { timezone: options.timezone, noOverlap: true, name: "tiendo-tick" },
  );
  return {
    stop: async () => {
      await task.stop();
      await running;
    },
  };
}
