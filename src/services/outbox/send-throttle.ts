/**
 * Keeps bulk sends under Telegram's limits: about 30 messages/s overall (we use 28) and one per
 * second per chat. With several senders on one bot, each keeps to its share of the overall rate
 * (`share`, see sender-presence.ts). Time and sleeping are injected so tests need not wait.
 */
export class SendThrottle {
  private recent: number[] = [];
  /** The overall rate this sender may use now: all of it, or its share. */
  private allowed: number;
  private lastPerChat = new Map<string, number>();
  private heldUntil = -Infinity;

  constructor(
    private readonly perSecond = 28,
    private readonly perChatGapMs = 1000,
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.allowed = perSecond;
  }

  /** `senders` send for this bot now, this one included: keep to an equal share of the rate. */
  share(senders: number): void {
    this.allowed = Math.max(1, Math.floor(this.perSecond / Math.max(1, senders)));
  }

  async wait(chatId: string): Promise<void> {
    for (;;) {
      const t = this.now();
      this.recent = this.recent.filter((x) => t - x < 1000);
      const chatReady = (this.lastPerChat.get(chatId) ?? -Infinity) + this.perChatGapMs;
      const globalReady =
        this.recent.length < this.allowed ? t : (this.recent[this.recent.length - this.allowed] ?? t) + 1000;
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
