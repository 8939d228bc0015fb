// With N instances on one database every scheduler ticks at the same second. Queuing is already
// safe when they all do it (each outbox row has a unique key and the insert skips keys it finds:
// src/services/outbox/enqueue-outbox.ts), but planning a province's tick reads every owed report
// and every queued reminder: N instances would do that N times a minute for one result. So each
// tick, planning is a turn: the first instance to take a short lease (a row in `Lease`) plans,
// the others only send. The lease is not what makes it correct: if it lapses mid-plan, or two
// clocks disagree, two instances plan and the unique keys still queue each notification once.
// It lasts less than a tick's interval (30 s, the cron ticks every minute), so an instance that
// dies holding it delays nothing beyond that tick, and whoever ticks first next time plans.
import { randomUUID } from "node:crypto";
import { acquireLease } from "../services/transport/leases.ts";
import type { ServiceDeps } from "../services/service-deps.ts";

export const PLANNING_TURN_MS = 30_000;

export interface PlanningTurn {
  /** True when this process plans the current tick (it holds the lease, taken or renewed). */
  take(): Promise<boolean>;
}

/** A turn named `name` ("scheduler:reminders", "scheduler:digests"), one holder per process. */
export function planningTurn(deps: Pick<ServiceDeps, "db" | "clock">, name: string): PlanningTurn {
  const holder = randomUUID();
  return { take: () => acquireLease(deps, { name, holder, ttlMs: PLANNING_TURN_MS }) };
}
