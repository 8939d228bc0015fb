// What the conversation needs from each channel it may answer on, registered by the channel when
// it starts: links to itself, and the bytes of a file a person sent on it. (What goes to another
// person's chat goes through the outbox.)
import { AppError } from "../services/app-error.ts";
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
  /**
   * The bytes of a file a person sent (the `fileId` of an Input of kind "file"). Throws
   * AppError("file-too-big") for a file the channel will not hand over, "file-gone" for one it
   * no longer has.
   */
  downloadFile?(fileId: string): Promise<Uint8Array>;
}

export class ChannelDirectory {
  private readonly channels = new Map<ChannelName, ChannelEndpoints>();

  register(channel: ChannelName, endpoints: ChannelEndpoints): void {
    this.channels.set(channel, endpoints);
  }

  /** Whether the channel runs in this process (it registered itself). */
  has(channel: ChannelName): boolean {
    return this.channels.has(channel);
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

  /** Whether files sent on this channel can be read. */
  readsFiles(channel: ChannelName): boolean {
    return this.channels.get(channel)?.downloadFile !== undefined;
  }

  /** The bytes of a file sent on `channel` (see ChannelEndpoints.downloadFile). */
  async downloadFile(channel: ChannelName, fileId: string): Promise<Uint8Array> {
    const download = this.channels.get(channel)?.downloadFile;
    if (download === undefined) throw new AppError("file-gone");
    return download(fileId);
  }
}
