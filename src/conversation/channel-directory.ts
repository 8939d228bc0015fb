// What the conversation needs from each channel it may answer on, registered by the channel when
// it starts: links to itself. (What goes to another person's chat goes through the outbox.)
import type { ChannelName } from "./conversation-types.ts";

export interface ChannelEndpoints {
  /** A link that redeems an invite code on this channel (Telegram: t.me/<bot>?start=<code>). */
  inviteLink?(code: string): string | null;
  /** A link that opens a private chat with the bot. */
  privateChatLink?(): string | null;
  /** False on a channel without buttons (Zalo): choices are numbered in the text. */
  buttons?: boolean;
  /** False on a channel that cannot send documents (Zalo): files go out as links. */
  documents?: boolean;
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

  hasButtons(channel: ChannelName): boolean {
    return this.channels.get(channel)?.buttons ?? true;
  }

  sendsDocuments(channel: ChannelName): boolean {
    return this.channels.get(channel)?.documents ?? true;
  }
}
