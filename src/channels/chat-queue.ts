// Handles the updates of one chat one after another, in the order they arrived, while other
// chats go ahead, at most `limit` handlers at a time across chats. A place in the line is taken
// synchronously on arrival (before any await), and the work for it is given later, once the
// update is claimed. A handler waiting for a free slot holds nothing, so chats never block each
// other beyond the limit. The intake (update-intake.ts) runs each handler here for the bound;
// the order of a chat's updates across processes comes from the database (the chat's lease holder
// handles them by arrival number), so each chat has one line in one process at a time.

/** The work for a reserved place, or null when there is none (a duplicate). */
export type QueueSlot = (work: (() => Promise<void>) | null) => void;

export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /** `limit`: handlers running at once across chats (at least 1). */
  constructor(private readonly limit = Infinity) {}

  /** Reserves the next place in `key`'s line. The slot must be filled exactly once. */
  reserve(key: string): QueueSlot {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let fill!: QueueSlot;
    const work = new Promise<(() => Promise<void>) | null>((resolve) => (fill = resolve));
    const tail = previous.then(() => work).then((w) => (w ? this.runBounded(w) : undefined));
    this.tails.set(key, tail);
    void tail.finally(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return fill;
  }

  /** Queues `work` in `key`'s line at once; resolves when it has run (it catches its own errors). */
  async run(key: string, work: () => Promise<void>): Promise<void> {
    let done!: () => void;
    const ran = new Promise<void>((resolve) => (done = resolve));
    this.reserve(key)(async () => {
      try {
        await work();
      } finally {
        done();
      }
    });
    await ran;
  }

  /** Resolves when every line is empty (the work is expected to catch its own errors). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }

  private async runBounded(work: () => Promise<void>): Promise<void> {
    if (this.running >= Math.max(1, this.limit)) await new Promise<void>((go) => this.waiting.push(go));
    else this.running++;
    try {
      await work();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes on as is
      else this.running--;
    }
  }
}
