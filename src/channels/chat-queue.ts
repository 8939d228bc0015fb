// Handles the updates of one chat one after another, in the order they arrived, while other
// chats go ahead. A place in the line is taken synchronously on arrival (before any await), and
// the work for it is given later, once the update is claimed.

/** The work for a reserved place, or null when there is none (a duplicate). */
export type QueueSlot = (work: (() => Promise<void>) | null) => void;

export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Reserves the next place in `key`'s line. The slot must be filled exactly once. */
  reserve(key: string): QueueSlot {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let fill!: QueueSlot;
    const work = new Promise<(() => Promise<void>) | null>((resolve) => (fill = resolve));
    const tail = previous.then(() => work).then((w) => w?.());
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
}
