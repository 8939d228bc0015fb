import type { Logger } from "pino";
import type { DigestSettings } from "../domain/digests/due-digests.ts";
import { enqueueDueDigests } from "../services/summary/enqueue-due-digests.ts";
import { enqueueDueReminders } from "../services/reminders/enqueue-due-reminders.ts";
import { enqueueReturnNotices } from "../services/reminders/enqueue-return-notices.ts";
import type { OutboxSender } from "../services/outbox/create-outbox-sender.ts";
import type { OutboxSendResult } from "../services/outbox/send-due-outbox.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import { planningTurn } from "./planning-turn.ts";

export interface TickResult extends OutboxSendResult {
  added: number;
  superseded: number;
}

export interface ReminderTicker {
  /**
   * One tick: queue what is due now (when this instance has the planning turn: see
   * planning-turn.ts), then send what is queued (every instance).
   */
  tick(): Promise<TickResult>;
}

export function createReminderTicker(options: {
  deps: ServiceDeps;
  sender: OutboxSender;
  logger: Logger;
}): ReminderTicker {
  const { deps, logger } = options;
  const turn = planningTurn(deps, "scheduler:reminders");
  return {
    async tick() {
      const now = deps.clock.now();
      let added = 0;
      let superseded = 0;
      if (await turn.take()) {
        ({ added, superseded } = await enqueueDueReminders(deps, now));
        await enqueueReturnNotices(deps, now);
      }
      const sent = await options.sender.drain();
      const result = { added, superseded, ...sent };
      if (added + sent.sent + sent.failed + sent.unreachable + sent.lost > 0)
        logger.info(result, "reminder tick");
      return result;
    },
  };
}

export function createDigestTicker(options: {
  deps: ServiceDeps;
  sender: OutboxSender;
  settings: DigestSettings;
  logger: Logger;
}) {
  const turn = planningTurn(options.deps, "scheduler:digests");
  return {
    async tick() {
      const queued = (await turn.take()) ? await enqueueDueDigests(options.deps, options.settings) : 0;
      const result = await options.sender.drain();
      if (queued + result.sent > 0) options.logger.info({ queued, ...result }, "digest tick");
      return { queued, sent: result.sent, result };
    },
  };
}
