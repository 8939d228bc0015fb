// node-cron only ticks; what is due always comes from the database (src/services).
import cron from "node-cron";
import type { Logger } from "pino";
import type { ReminderTicker } from "./reminder-ticker.ts";

export interface Scheduler {
  /** Stops ticking and waits for a tick in progress. */
  stop(): Promise<void>;
}

export function startScheduler(options: {
  ticker: ReminderTicker;
  expression: string;
  timezone: string;
  logger: Logger;
}): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    options.expression,
    () => {
      running = options.ticker
        .tick()
        .catch((err: unknown) => options.logger.error({ err }, "reminder tick failed"));
      return running;
    },
    { timezone: options.timezone, noOverlap: true, name: "reminders" },
  );
  return {
    stop: async () => {
      await task.stop();
      await running;
    },
  };
}
