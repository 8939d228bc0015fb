import type { Db } from "../db/open-database.ts";
import type { VersionedCache } from "../db/versioned-cache.ts";

/** Time comes from here, never from `Date.now()` inside a use case. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every use case takes. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  /** Long-running processes (the bot) keep plan-derived data here between requests. */
  cache?: VersionedCache;
  /** The running app's outbox sender: woken when something is queued that people wait for. */
  outbox?: { wake(): void };
}
