// The outbox sender of a running app: drains on the scheduler's tick, on a short poll (so a dead
// instance's rows and short retries go out within seconds), and when something is queued that
// people wait for (a correction notice). Drains of one process run one after another.
import type { ServiceDeps } from "../service-deps.ts";
import { sendDueOutbox, type OutboxSendOptions, type OutboxSendResult } from "./send-due-outbox.ts";
import { SenderPresence } from "./sender-presence.ts";

export interface OutboxSender {
  /** Sends everything due now (after any drain in progress). */
  drain(): Promise<OutboxSendResult>;
  /** Asks for a drain soon; never throws (failures are logged). */
  wake(): void;
  /** Drains every `intervalMs` until stopped. */
  poll(intervalMs: number): void;
  /** Stops polling and claiming (a drain in progress ends after its batch) and waits for it. */
  stop(): Promise<void>;
}

export function createOutboxSender(deps: ServiceDeps, given: OutboxSendOptions): OutboxSender {
  // Every sender of a running app shares its bots' rates with the other processes' senders.
  const options = { ...given, presence: given.presence ?? new SenderPresence(deps) };
  let queue: Promise<unknown> = Promise.resolve();
  let wakePending = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const drain = (): Promise<OutboxSendResult> => {
    const run = queue.then(() => sendDueOutbox(deps, { ...options, stopping: () => stopped }));
    queue = run.catch(() => undefined);
    return run;
  };
  const wake = () => {
    if (wakePending || stopped) return;
    wakePending = true;
    void queue.then(() => {
      wakePending = false;
      if (stopped) return;
      drain()
        .then((r) => {
          if (r.sent + r.failed + r.unreachable + r.lost > 0) options.logger.info(r, "outbox sent");
        })
        .catch((err: unknown) => options.logger.error({ err }, "outbox drain failed"));
    });
  };
  return {
    drain,
    wake,
    poll(intervalMs) {
      timer ??= setInterval(wake, intervalMs);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await queue;
    },
  };
}
