/**
 * Keeps bulk sends under Telegram's limits: about 30 messages/s overall (we use 28) and one per
 * second per chat. Time and sleeping are injected so tests need not wait.
 */
export class SendThrottle {
  private recent: number[] = [];
  private lastPerChat = new Map<string, number>();
  private heldUntil = -Infinity;

  constructor(
    private readonly perSecond = 28,
    private readonly perChatGapMs = 1000,
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async wait(chatId: string): Promise<void> {
    for (;;) {
      const t = this.now();
      this.recent = this.recent.filter((x) => t - x < 1000);
      const chatReady = (this.lastPerChat.get(chatId) ?? -Infinity) + this.perChatGapMs;
      const globalReady = this.recent.length < this.perSecond ? t : (this.recent[0] ?? t) + 1000;
      const ready = Math.max(chatReady, globalReady, this.heldUntil);
      if (ready <= t) break;
      await this.sleep(ready - t);
    }
    const t = this.now();
    this.recent.push(t);
    this.lastPerChat.set(chatId, t);
  }

  /** The platform said "retry after N seconds" (Telegram's 429): nothing goes out before then. */
  holdOff(seconds: number): void {
    this.heldUntil = Math.max(this.heldUntil, this.now() + seconds * 1000);
  }
}
