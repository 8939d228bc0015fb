// Handles the updates of one chat one after another, in the order they arrived, while other
// chats go ahead, at most `limit` handlers at a time across chats. A place in the line is taken
// synchronously on arrival (before any await), and the work for it is given later, once the
// update is claimed. A handler waiting for a free slot holds nothing, so chats never block each
// other beyond the limit.

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
    const tail = previous.then(() => work).then((w) => (w ? this.run(w) : undefined));
    this.tails.set(key, tail);
    void tail.finally(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return fill;
  }

  /** Resolves when every line is empty (the work is expected to catch its own errors). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }

  private async run(work: () => Promise<void>): Promise<void> {
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
