import type { Clock } from "../service-deps.ts";

/**
 * A clock that starts at a chosen instant and runs with real time; it can be moved forward, never
 * back. Only the sandbox uses it (SANDBOX_CLOCK); production runs on the system clock.
 */
export class AdjustableClock implements Clock {
  private offsetMs: number;

  constructor(
    start: Date,
    private readonly base: Clock,
  ) {
    this.offsetMs = start.getTime() - base.now().getTime();
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Moves the clock forward by `ms` (≥ 0) and returns the new time. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError("the clock only moves forward");
    this.offsetMs += ms;
    return this.now();
  }

  /** Starts over at `start` (the sandbox's reset). */
  reset(start: Date): void {
    this.offsetMs = start.getTime() - this.base.now().getTime();
  }
}
