// What the conversation needs from each channel it may answer on, registered by the channel when
// it starts: links to itself, and (until the outbox carries them) delivery to another person's chat.
import type { ChannelName, Reply } from "./conversation-types.ts";

export interface ChannelEndpoints {
  /** A link that redeems an invite code on this channel (Telegram: t.me/<bot>?start=<code>). */
  inviteLink?(code: string): string | null;
  /** A link that opens a private chat with the bot. */
  privateChatLink?(): string | null;
  /** Shows `reply` in someone else's chat on this channel. */
  deliver?(chatId: string, reply: Reply): Promise<void>;
}

export class ChannelDirectory {
  private readonly channels = new Map<ChannelName, ChannelEndpoints>();

  register(channel: ChannelName, endpoints: ChannelEndpoints): void {
    this.channels.set(channel, endpoints);
  }

  inviteLink(channel: ChannelName, code: string): string | null {
    return this.channels.get(channel)?.inviteLink?.(code) ?? null;
  }

  privateChatLink(channel: ChannelName): string | null {
    return this.channels.get(channel)?.privateChatLink?.() ?? null;
  }

  /** Delivers to a chat; false when the channel is not running here. */
  async deliver(channel: ChannelName, chatId: string, reply: Reply): Promise<boolean> {
    const deliver = this.channels.get(channel)?.deliver;
    if (deliver === undefined) return false;
    await deliver(chatId, reply);
    return true;
  }
}
