import type { Logger } from "pino";
import type { DigestSettings } from "../domain/digests/due-digests.ts";
import { enqueueDueDigests, sendDueDigests, type DigestChannel } from "../services/digests.ts";
import { enqueueDueReminders } from "../services/enqueue-due-reminders.ts";
import type { ReminderChannel } from "../services/reminder-channel.ts";
import { sendDueReminders, type SendResult } from "../services/send-due-reminders.ts";
import type { SendThrottle } from "../services/send-throttle.ts";
import type { ServiceDeps } from "../services/service-deps.ts";

export interface TickResult extends SendResult {
  added: number;
  superseded: number;
}

export interface ReminderTicker {
  /** One tick: queue what is due now, then send what is queued. */
  tick(): Promise<TickResult>;
}

export function createReminderTicker(options: {
  deps: ServiceDeps;
  channel: ReminderChannel;
  throttle: SendThrottle;
  instanceId: string;
  logger: Logger;
}): ReminderTicker {
  const { deps, logger } = options;
  return {
    async tick() {
      const { added, superseded } = await enqueueDueReminders(deps, deps.clock.now());
      const sent = await sendDueReminders(deps, options);
      const result = { added, superseded, ...sent };
      if (added + sent.sent + sent.failed + sent.unreachable > 0) logger.info(result, "reminder tick");
      return result;
    },
  };
}

export function createDigestTicker(options: {
  deps: ServiceDeps;
  channel: DigestChannel;
  settings: DigestSettings;
  instanceId: string;
  logger: Logger;
}) {
  return {
    async tick() {
      const queued = await enqueueDueDigests(options.deps, options.settings);
      const sent = await sendDueDigests(options.deps, options);
      if (queued + sent > 0) options.logger.info({ queued, sent }, "digest tick");
      return { queued, sent };
    },
  };
}
