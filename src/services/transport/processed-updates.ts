// Each incoming update is claimed before it is handled: the claim row (with the update itself and
// a lease) is the duplicate check, and lets another process finish the update if this one dies.
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import type { ServiceDeps } from "../service-deps.ts";

type Deps = Pick<ServiceDeps, "db" | "clock">;

export interface UpdateClaim {
  channel: string;
  updateId: string;
  /** Updates of one chat are handled in their order. */
  chatKey: string | null;
  /** The update as received, to handle it again if the process handling it dies. */
  payload: string;
  leaseMs: number;
}

/**
 * Claims an update: true when this process must handle it. False for a duplicate (already done,
 * or being handled by a live process). A claim whose lease lapsed (its process died) is taken over.
 */
export async function claimUpdate(deps: Deps, c: UpdateClaim): Promise<boolean> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + c.leaseMs);
  try {
    await deps.db.processedUpdate.create({
      data: {
        channel: c.channel,
        updateId: c.updateId,
        chatKey: c.chatKey,
        status: "handling",
        payload: c.payload,
        leaseUntil,
        processedAt: now,
      },
    });
    return true;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return takeOverClaim(deps, { channel: c.channel, updateId: c.updateId, leaseMs: c.leaseMs });
  }
}

/** Takes over a claim whose lease lapsed (one conditional statement: one taker wins). */
export async function takeOverClaim(
  deps: Deps,
  c: { channel: string; updateId: string; leaseMs: number },
): Promise<boolean> {
  const now = deps.clock.now();
  const { count } = await deps.db.processedUpdate.updateMany({
    where: { channel: c.channel, updateId: c.updateId, status: "handling", leaseUntil: { lt: now } },
    data: { leaseUntil: new Date(now.getTime() + c.leaseMs) },
  });
  return count === 1;
}

/** Extends the leases of the updates this process is still handling. */
export async function renewClaims(
  deps: Deps,
  c: { channel: string; updateIds: string[]; leaseMs: number },
): Promise<void> {
  if (c.updateIds.length === 0) return;
  await deps.db.processedUpdate.updateMany({
    where: { channel: c.channel, updateId: { in: c.updateIds }, status: "handling" },
    data: { leaseUntil: new Date(deps.clock.now().getTime() + c.leaseMs) },
  });
}

/** Records an update as handled; the stored update is dropped. */
export async function markDone(deps: Deps, channel: string, updateId: string): Promise<void> {
  await deps.db.processedUpdate.updateMany({
    where: { channel, updateId },
    data: { status: "done", payload: null, leaseUntil: null, processedAt: deps.clock.now() },
  });
}

export interface StaleClaim {
  updateId: string;
  chatKey: string | null;
  payload: string | null;
  claimedAt: Date;
}

/** Claims left in `handling` whose lease lapsed (their process died), oldest first. */
export async function staleClaims(deps: Deps, channel: string, limit: number): Promise<StaleClaim[]> {
  const rows = await deps.db.processedUpdate.findMany({
    where: { channel, status: "handling", leaseUntil: { lt: deps.clock.now() } },
    orderBy: { processedAt: "asc" },
    take: limit,
    select: { updateId: true, chatKey: true, payload: true, processedAt: true },
  });
  return rows.map((r) => ({ ...r, claimedAt: r.processedAt }));
}
