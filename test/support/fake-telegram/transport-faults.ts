// Transport behaviour of the real Telegram that the fake server reproduces, kept apart from the
// API methods: one long poll at a time per bot (a second getUpdates terminates the first with
// 409), answers lost after the request was processed, and answers that stall.
import type { ServerResponse } from "node:http";

export const POLL_CONFLICT =
  "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

/** One getUpdates request in progress. */
export class LongPoll {
  terminated = false;
  private onTerminate: (() => void)[] = [];

  /** Calls `wake` when another getUpdates terminates this one. */
  whenTerminated(wake: () => void): void {
    if (this.terminated) wake();
    else this.onTerminate.push(wake);
  }

  terminate(): void {
    this.terminated = true;
    for (const wake of this.onTerminate.splice(0)) wake();
  }
}

/**
 * Telegram serves one getUpdates per bot at a time: a new request terminates the one still open,
 * which is answered 409 with POLL_CONFLICT. A request whose client went away no longer counts.
 */
export class LongPolls {
  private readonly open = new Map<string, LongPoll>();
  /** getUpdates answered 409 because another poll overlapped. */
  conflicts = 0;

  begin(token: string, res: ServerResponse): LongPoll {
    const poll = new LongPoll();
    const previous = this.open.get(token);
    if (previous) {
      previous.terminate();
      this.conflicts++;
    }
    this.open.set(token, poll);
    const end = () => {
      if (this.open.get(token) === poll) this.open.delete(token);
    };
    res.once("close", end);
    return poll;
  }
}

/** Answers lost on the way back and answers that stall, per method. */
export class AnswerFaults {
  private lost: string[] = [];
  private stalls: { method: string; ms: number }[] = [];
  /** Requests processed whose answer was dropped. */
  lostAnswers = 0;

  /** The next `times` calls of `method` are processed, then the connection drops before the answer. */
  loseAnswerNext(method: string, times = 1): void {
    for (let i = 0; i < times; i++) this.lost.push(method);
  }

  /** The next call of `method` waits `ms` before it is processed (not at all if the client leaves). */
  stallNext(method: string, ms: number): void {
    this.stalls.push({ method, ms });
  }

  /** Waits out a stall; false when the client went away meanwhile (the request is not processed). */
  async beforeCall(method: string, res: ServerResponse): Promise<boolean> {
    const at = this.stalls.findIndex((s) => s.method === method);
    if (at < 0) return true;
    const { ms } = this.stalls.splice(at, 1)[0]!;
    let gone = false;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      res.once("close", () => {
        gone = true;
        clearTimeout(timer);
        resolve();
      });
    });
    return !gone;
  }

  /** Whether this processed call's answer is lost. */
  loseAnswer(method: string): boolean {
    const at = this.lost.indexOf(method);
    if (at < 0) return false;
    this.lost.splice(at, 1);
    this.lostAnswers++;
    return true;
  }
}
