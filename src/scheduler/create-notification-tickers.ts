// What every running channel set needs to tell people things on its own: the one outbox sender
// (delivering on the given channels) and the reminder and digest tickers that queue into it.
import type { Logger } from "pino";
import type { TConfig } from "../config/config.ts";
import type { RunningChannels } from "../services/outbox/notification-channel.ts";
import { createOutboxSender, type OutboxSender } from "../services/outbox/create-outbox-sender.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import { createDigestTicker, createReminderTicker, type ReminderTicker } from "./reminder-ticker.ts";
import type { Ticker } from "./start-scheduler.ts";

export interface NotificationTickers {
  sender: OutboxSender;
  reminders: ReminderTicker;
  digests: Ticker;
}

export function createNotificationTickers(o: {
  deps: ServiceDeps;
  channels: RunningChannels;
  config: Pick<TConfig, "DIGEST_WEEKDAY" | "DIGEST_TIME" | "DIGEST_AFTER_DEADLINE">;
  logger: Logger;
}): NotificationTickers {
  const { deps, logger, config } = o;
  const sender = createOutboxSender(deps, { channels: o.channels, logger });
  const settings = {
    weekday: config.DIGEST_WEEKDAY,
    time: config.DIGEST_TIME,
    afterDeadline: config.DIGEST_AFTER_DEADLINE,
  };
  return {
    sender,
    reminders: createReminderTicker({ deps, sender, logger }),
    digests: createDigestTicker({ deps, sender, settings, logger }),
  };
}
