// Single-holder roles shared by every process on one database (the Telegram poller): a lease row
// that its holder renews while it works; a process that dies stops renewing and the lease lapses.
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface LeaseRequest {
  /** The role, e.g. "telegram:poller". */
  name: string;
  /** Who asks: unique per process. */
  holder: string;
  ttlMs: number;
}

/**
 * Takes or renews the lease when it is free, expired or already held by `holder`; false when
 * another process holds it. Every step is one conditional statement, so two processes asking
 * at once never both get it.
 */
export async function acquireLease(
  deps: Pick<ServiceDeps, "db" | "clock">,
  r: LeaseRequest,
): Promise<boolean> {
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + r.ttlMs);
  const renewed = await deps.db.lease.updateMany({
    where: { name: r.name, holder: r.holder },
    data: { expiresAt },
  });
  if (renewed.count === 1) return true;
  const taken = await deps.db.lease.updateMany({
    where: { name: r.name, expiresAt: { lt: now } },
    data: { holder: r.holder, acquiredAt: now, expiresAt },
  });
  if (taken.count === 1) return true;
  try {
    await deps.db.lease.create({ data: { name: r.name, holder: r.holder, acquiredAt: now, expiresAt } });
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false; // held by another process
    throw e;
  }
}

/** Gives the lease up (only if `holder` still holds it), so another process can take it at once. */
export async function releaseLease(
  deps: Pick<ServiceDeps, "db">,
  r: Pick<LeaseRequest, "name" | "holder">,
): Promise<void> {
  await deps.db.lease.deleteMany({ where: { name: r.name, holder: r.holder } });
}
