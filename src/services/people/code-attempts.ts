// Failed code attempts per sender (channel + person id): after `max` failures within `windowMinutes`
// the sender is refused, even with a right code, until the oldest of those failures leaves the window.
import { randomUUID } from "node:crypto";
import type { ServiceDeps } from "../service-deps.ts";

export interface CodeAttemptLimits {
  max: number;
  windowMinutes: number;
}

export interface CodeSender {
  channel: string;
  externalId: string;
}

/** When the sender may try again (null: now). Refusals while held off are not counted. */
export async function codeAttemptsHeldUntil(
  deps: ServiceDeps,
  sender: CodeSender,
  limits: CodeAttemptLimits,
): Promise<Date | null> {
  const now = deps.clock.now();
  const windowMs = limits.windowMinutes * 60_000;
  const recent = await deps.db.codeAttempt.findMany({
    where: {
      channel: sender.channel,
      externalId: sender.externalId,
      at: { gt: new Date(now.getTime() - windowMs) },
    },
    orderBy: { at: "desc" },
    take: limits.max,
    select: { at: true },
  });
  const oldest = recent[limits.max - 1];
  return oldest === undefined ? null : new Date(oldest.at.getTime() + windowMs);
}

/** Attempts older than this are forgotten (any window is shorter: see config.ts). */
const KEPT_MS = 86_400_000;

/** Counts a failure; failures are rare, so old ones (of anyone) are deleted here, not by a ticker. */
export async function recordFailedCodeAttempt(deps: ServiceDeps, sender: CodeSender): Promise<void> {
  await deps.db.codeAttempt.deleteMany({
    where: { at: { lt: new Date(deps.clock.now().getTime() - KEPT_MS) } },
  });
  await deps.db.codeAttempt.create({
    data: { id: randomUUID(), channel: sender.channel, externalId: sender.externalId, at: deps.clock.now() },
  });
}
