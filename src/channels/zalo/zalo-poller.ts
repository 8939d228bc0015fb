// Exactly one process polls Zalo with a token (the "zalo:poller" lease; the others stand by and
// take over when its holder stops renewing). getUpdates answers one update per call, with no
// offset to acknowledge; an empty poll ends with 408, which is normal. Every update is claimed
// by the intake (deduplicated on message_id) before the next poll. Stopping waits for the poll in
// progress (at most its timeout, 10 s): Zalo would not send again an update it handed over.
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { acquireLease, releaseLease } from "../../services/transport/leases.ts";
import type { ServiceDeps } from "../../services/service-deps.ts";
import type { UpdateIntake } from "../update-intake.ts";
import { ZaloApiError, type ZaloApi } from "./zalo-api.ts";
import { asZaloUpdate, type ZaloUpdate } from "./zalo-types.ts";

export const ZALO_POLLER_LEASE = "zalo:poller";

export interface ZaloPollerTimings {
  leaseMs: number;
  /** Long-poll timeout asked of Zalo, seconds. */
  pollTimeoutS: number;
  standbyRetryMs: number;
  /** First pause after a failed poll; doubles up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

export const ZALO_POLLER_TIMINGS: ZaloPollerTimings = {
  leaseMs: 60_000,
  pollTimeoutS: 10,
  standbyRetryMs: 5_000,
  backoffMs: 2_000,
  maxBackoffMs: 60_000,
};

export interface ZaloPoller {
  status(): { role: "poller" | "standby"; lastPollAt: Date | null; healthy: boolean };
  stop(): Promise<void>;
}

export function startZaloPoller(o: {
  api: ZaloApi;
  intake: UpdateIntake<ZaloUpdate>;
  deps: Pick<ServiceDeps, "db" | "clock">;
  logger: Logger;
  holder: string;
  timings?: ZaloPollerTimings;
}): ZaloPoller {
  const t = o.timings ?? ZALO_POLLER_TIMINGS;
  const lease = { name: ZALO_POLLER_LEASE, holder: o.holder, ttlMs: t.leaseMs };
  const stopping = new AbortController();
  const pause = (ms: number) => sleep(ms, undefined, { signal: stopping.signal }).catch(() => undefined);
  let role: "poller" | "standby" = "standby";
  let lastPollAt: Date | null = null;
  let loopAlive = true;
  let backoff = t.backoffMs;
  const startedAt = o.deps.clock.now().getTime();

  /**
   * Zalo has no offset to confirm: an update it handed over is not sent again, so a claim that
   * fails (the database busy) is tried again a few times before the update is given up (logged).
   */
  async function acceptPersistently(update: ZaloUpdate): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await o.intake.accept(update);
        return;
      } catch (err) {
        if (attempt >= 5 || stopping.signal.aborted) {
          o.logger.error(
            { err, messageId: update.message.message_id },
            "a Zalo update could not be stored; it is lost",
          );
          return;
        }
        await pause(200 * attempt);
      }
    }
  }

  /** One poll: an update claimed, or none (408). */
  async function pollOnce(): Promise<void> {
    try {
      const result = await o.api.call<unknown>(
        "getUpdates",
        { timeout: t.pollTimeoutS },
        // Never cut short: an update Zalo hands to a poll given up would be lost (no offsets).
        { timeoutMs: (t.pollTimeoutS + 10) * 1000, retries: 0 },
      );
      lastPollAt = o.deps.clock.now();
      // One update per call, as documented; a list is taken too, should Zalo ever send one.
      for (const item of Array.isArray(result) ? (result as unknown[]) : [result]) {
        const update = asZaloUpdate(item);
        if (update === null) o.logger.warn("Zalo sent an update tiendo cannot read; it is skipped");
        else await acceptPersistently(update);
      }
    } catch (err) {
      if (err instanceof ZaloApiError && err.errorCode === 408) {
        lastPollAt = o.deps.clock.now(); // no update within the timeout: normal
        return;
      }
      throw err;
    }
  }

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      const held = await acquireLease(o.deps, lease).catch(() => false);
      if (!held) {
        role = "standby";
        await pause(t.standbyRetryMs);
        continue;
      }
      role = "poller";
      try {
        await o.intake.belowLimit(100);
        await pollOnce();
        backoff = t.backoffMs;
      } catch (err) {
        if (stopping.signal.aborted) break;
        o.logger.error({ err, retryInMs: backoff }, "Zalo polling failed; retrying later");
        await pause(backoff);
        backoff = Math.min(backoff * 2, t.maxBackoffMs);
      }
    }
    await releaseLease(o.deps, lease).catch(() => undefined);
  }

  const loop = run()
    .catch((err: unknown) => o.logger.error({ err }, "the Zalo polling loop stopped"))
    .finally(() => {
      loopAlive = false;
      role = "standby";
    });

  return {
    status() {
      const since = Math.max(lastPollAt?.getTime() ?? 0, startedAt);
      const fresh = o.deps.clock.now().getTime() - since < (t.pollTimeoutS + 10) * 1000 + t.leaseMs;
      const healthy = stopping.signal.aborted || (loopAlive && (role === "standby" || fresh));
      return { role, lastPollAt, healthy };
    },
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
