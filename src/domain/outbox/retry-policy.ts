// When a failed notification is tried again: after 1, 5, 15, 60 and 180 minutes (or when the
// channel says, e.g. Telegram's retry_after); the sixth failed attempt is final.

export const MAX_ATTEMPTS = 6;
const BACKOFF_MINUTES = [1, 5, 15, 60, 180] as const;

export type RetryDecision = { kind: "retry"; at: Date } | { kind: "fail" };

/** `attempts` counts the attempt that just failed (1 for the first). */
export function retryDecision(o: {
  attempts: number;
  now: Date;
  retryAfterSeconds?: number | undefined;
}): RetryDecision {
  if (o.attempts >= MAX_ATTEMPTS) return { kind: "fail" };
  const waitMs =
    o.retryAfterSeconds !== undefined
      ? o.retryAfterSeconds * 1000
      : (BACKOFF_MINUTES[o.attempts - 1] ?? 180) * 60_000;
  return { kind: "retry", at: new Date(o.now.getTime() + waitMs) };
}
