// Exactly one process polls Telegram (Telegram answers 409 to a second poller): the one holding
// the "telegram:poller" lease in the database. The others wait in standby and take the lease
// over when its holder stops renewing it (it died). A 409 anyway (another deployment with the
// same token) is logged, the lease is given up, and polling is tried again after a pause.
import { setTimeout as sleep } from "node:timers/promises";
import { GrammyError, type Api, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { acquireLease, releaseLease } from "../../services/transport/leases.ts";
import type { ServiceDeps } from "../../services/service-deps.ts";
import type { BotContext } from "./context.ts";
import type { UpdateIntake } from "./update-intake.ts";

export const POLLER_LEASE = "telegram:poller";

export interface PollerTimings {
  leaseMs: number;
  renewMs: number;
  /** How often a standby tries to take the lease. */
  standbyRetryMs: number;
  /** Long-poll timeout asked of Telegram, seconds. */
  pollTimeoutS: number;
  /** First pause after a 409 or an error; doubles up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

export const POLLER_TIMINGS: PollerTimings = {
  leaseMs: 30_000,
  renewMs: 10_000,
  standbyRetryMs: 5_000,
  pollTimeoutS: 25,
  backoffMs: 5_000,
  maxBackoffMs: 60_000,
};

export interface PollerStatus {
  role: "poller" | "standby";
  /** This process holds the lease and its loop answered recently. */
  polling: boolean;
  lastPollAt: Date | null;
  /** False when this process should be polling and is not (its loop died or hangs). */
  healthy: boolean;
  lastConflictAt: Date | null;
}

export interface Poller {
  status(): PollerStatus;
  /** Stops polling (the long poll is cut short), confirms what was taken, gives the lease up. */
  stop(): Promise<void>;
}

export type UpdateKind = Exclude<keyof Update, "update_id">;

/** grammY types its signals with the abort-controller polyfill's AbortSignal. */
type ApiSignal = Parameters<Api["getUpdates"]>[1];

type Outcome = "stopped" | "lost" | "conflict" | "error";

export function startPoller(options: {
  bot: Bot<BotContext>;
  intake: UpdateIntake;
  /** Real time: the lease measures whether a process is alive. */
  deps: Pick<ServiceDeps, "db" | "clock">;
  logger: Logger;
  holder: string;
  allowedUpdates: readonly UpdateKind[];
  timings?: PollerTimings;
  /** Updates in hand before polling waits for handling. */
  maxInFlight?: number;
}): Poller {
  const { bot, intake, deps, logger, holder } = options;
  const t = options.timings ?? POLLER_TIMINGS;
  const lease = { name: POLLER_LEASE, holder, ttlMs: t.leaseMs };
  const stopping = new AbortController();
  let role: PollerStatus["role"] = "standby";
  let heldSince: Date | null = null;
  let lastPollAt: Date | null = null;
  let lastConflictAt: Date | null = null;
  let loopAlive = true;
  let backoff = t.backoffMs;
  let offset = 0;

  const pause = (ms: number) => sleep(ms, undefined, { signal: stopping.signal }).catch(() => undefined);

  async function pollWhileHeld(): Promise<Outcome> {
    const cut = new AbortController();
    const signal = cut.signal as unknown as ApiSignal;
    const onStop = () => cut.abort();
    stopping.signal.addEventListener("abort", onStop);
    if (stopping.signal.aborted) cut.abort(); // stopped while the lease was being taken
    let lost = false;
    const renewal = setInterval(() => {
      acquireLease(deps, lease).then(
        (held) => {
          if (!held) {
            lost = true;
            cut.abort();
          }
        },
        (err: unknown) => logger.warn({ err }, "could not renew the poller lease"),
      );
    }, t.renewMs);
    try {
      await bot.api.deleteWebhook({ drop_pending_updates: false }, signal);
      while (!cut.signal.aborted) {
        await intake.belowLimit(options.maxInFlight ?? 100);
        const updates = await bot.api.getUpdates(
          { offset, limit: 100, timeout: t.pollTimeoutS, allowed_updates: options.allowedUpdates },
          signal,
        );
        lastPollAt = deps.clock.now();
        backoff = t.backoffMs;
        // Stored (in one statement) before Telegram is told, by the next offset.
        await intake.acceptAll(updates);
        const last = updates.at(-1);
        if (last) offset = last.update_id + 1;
      }
      return lost ? "lost" : "stopped";
    } catch (err) {
      if (stopping.signal.aborted) return "stopped";
      if (lost) return "lost";
      if (err instanceof GrammyError && err.error_code === 409) {
        lastConflictAt = deps.clock.now();
        logger.warn(
          { description: err.description, retryInMs: backoff },
          "Telegram refused polling (409): another process polls with this bot token; retrying later",
        );
        return "conflict";
      }
      logger.error({ err, retryInMs: backoff }, "polling failed; retrying later");
      return "error";
    } finally {
      clearInterval(renewal);
      stopping.signal.removeEventListener("abort", onStop);
    }
  }

  /** Tells Telegram what was taken (the claims are stored), so it is not delivered again. */
  async function confirmOffset(): Promise<void> {
    if (offset === 0) return;
    await bot.api.getUpdates({ offset, limit: 1, timeout: 0 }).catch(() => undefined);
  }

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      const held = await acquireLease(deps, lease).catch((err: unknown) => {
        logger.warn({ err }, "could not ask for the poller lease");
        return false;
      });
      if (!held) {
        await pause(t.standbyRetryMs);
        continue;
      }
      role = "poller";
      heldSince = deps.clock.now();
      logger.info({ holder }, "this process now polls Telegram");
      const outcome = await pollWhileHeld();
      role = "standby";
      heldSince = null;
      if (outcome === "lost") {
        logger.warn({ holder }, "the poller lease passed to another process; this process is on standby");
        continue;
      }
      if (outcome === "stopped") await confirmOffset();
      await releaseLease(deps, lease).catch((err: unknown) =>
        logger.warn({ err }, "could not give the poller lease up"),
      );
      if (outcome === "stopped") return;
      await pause(backoff);
      backoff = Math.min(backoff * 2, t.maxBackoffMs);
    }
  }

  const loop = run()
    .catch((err: unknown) => logger.error({ err }, "the polling loop stopped"))
    .finally(() => {
      loopAlive = false;
      role = "standby";
    });

  return {
    status() {
      const since = Math.max(lastPollAt?.getTime() ?? 0, heldSince?.getTime() ?? 0);
      const fresh = deps.clock.now().getTime() - since < t.pollTimeoutS * 1000 + t.leaseMs;
      const polling = role === "poller" && fresh;
      const healthy = stopping.signal.aborted || (loopAlive && (role === "standby" || fresh));
      return { role, polling, lastPollAt, healthy, lastConflictAt };
    },
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
