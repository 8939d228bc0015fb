// A person's private chat with the bot on the fake Zalo server.
import type { FakeZalo, ZaloSent, ZaloUser } from "./fake-zalo-server.ts";

export class ZaloChat {
  private seen = 0;

  constructor(
    readonly zalo: FakeZalo,
    readonly user: ZaloUser,
  ) {}

  send(text: string): Promise<string> {
    return this.zalo.push(this.user, "message.text.received", { text });
  }

  sendPhoto(photoUrl: string, caption?: string): Promise<string> {
    return this.zalo.push(this.user, "message.image.received", {
      photo_url: photoUrl,
      ...(caption ? { caption } : {}),
    });
  }

  sendOther(event: "message.sticker.received" | "message.voice.received" | "message.unsupported.received") {
    return this.zalo.push(this.user, event);
  }

  /** The next bot message in this chat. */
  async next(timeoutMs = 20_000): Promise<ZaloSent> {
    const m = await this.zalo.waitForMessage(this.user.id, this.seen, timeoutMs);
    this.seen++;
    return m;
  }

  /** Sends `text` and returns the text of the reply's first message. */
  async ask(text: string, timeoutMs?: number): Promise<string> {
    await this.send(text);
    return (await this.next(timeoutMs)).text ?? "";
  }

  /** Every message not read yet, once `count` of them arrived. */
  async nextMany(count: number): Promise<ZaloSent[]> {
    const out: ZaloSent[] = [];
    for (let i = 0; i < count; i++) out.push(await this.next());
    return out;
  }
}
