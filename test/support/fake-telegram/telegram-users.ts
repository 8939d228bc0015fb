// People and chats talking to the bot through the fake server.
import type { FakeTelegram, SentMessage } from "./fake-telegram-server.ts";

export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

let nextUser = 100_000;

export function aUser(overrides: Partial<FakeUser> = {}): FakeUser {
  const id = overrides.id ?? nextUser++;
  return { id, first_name: "Nguyễn", last_name: `Văn ${id}`, language_code: "vi", ...overrides };
}

const now = () => Math.floor(Date.now() / 1000);

/** A user's private chat with the bot: send text, tap buttons, read the replies. */
export class PrivateChat {
  private seen = 0;
  constructor(
    readonly tg: FakeTelegram,
    readonly user: FakeUser,
  ) {
    this.seen = tg.messagesTo(user.id).length;
  }

  async send(text: string, replyTo?: SentMessage): Promise<number> {
    const entities = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    return this.tg.push({
      message: {
        message_id: Math.floor(Math.random() * 1e9),
        date: now(),
        chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
        from: { ...this.user, is_bot: false },
        text,
        ...(entities ? { entities } : {}),
        ...(replyTo
          ? {
              reply_to_message: {
                message_id: replyTo.message_id,
                date: now(),
                chat: { id: this.user.id, type: "private" },
                text: replyTo.text,
              },
            }
          : {}),
      },
    });
  }

  /**
   * Sends a document (kept by the fake server for getFile). `withoutSize`: the message does not
   * state the file's size (Telegram's file_size is optional).
   */
  async sendDocument(
    bytes: Uint8Array,
    fileName: string,
    o: { mimeType?: string; withoutSize?: boolean } = {},
  ): Promise<number> {
    const { file_size, ...file } = this.tg.files.add(bytes);
    return this.tg.push({
      message: {
        message_id: Math.floor(Math.random() * 1e9),
        date: now(),
        chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
        from: { ...this.user, is_bot: false },
        document: {
          ...file,
          ...(o.withoutSize ? {} : { file_size }),
          file_name: fileName,
          ...(o.mimeType ? { mime_type: o.mimeType } : {}),
        },
      },
    });
  }

  /** Sends a photo, optionally with a caption. */
  async sendPhoto(caption?: string): Promise<number> {
    return this.tg.push({
      message: {
        message_id: Math.floor(Math.random() * 1e9),
        date: now(),
        chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
        from: { ...this.user, is_bot: false },
        photo: [
          { file_id: `small-${this.user.id}`, file_unique_id: "s", width: 90, height: 90, file_size: 1200 },
          {
            file_id: `photo-${this.user.id}`,
            file_unique_id: "p",
            width: 1280,
            height: 960,
            file_size: 180_000,
          },
        ],
        ...(caption ? { caption } : {}),
      },
    });
  }

  /** The next bot message (or edit) in this chat. */
  async next(match: (m: SentMessage) => boolean = () => true, timeoutMs = 20_000): Promise<SentMessage> {
    const m = await this.tg.waitForMessage(this.user.id, match, timeoutMs, this.seen);
    this.seen = this.tg.messagesTo(this.user.id).indexOf(m) + 1;
    return m;
  }

  /** Sends `text` and waits for the reply. */
  async ask(text: string, timeoutMs?: number): Promise<string> {
    await this.send(text);
    return (await this.next(undefined, timeoutMs)).text ?? "";
  }

  /** Taps the button whose label matches on a message, and waits for that message to change. */
  async tap(message: SentMessage, label: string | RegExp): Promise<SentMessage> {
    const buttons = (message.reply_markup?.inline_keyboard ?? []).flat();
    const button = buttons.find((b) => (typeof label === "string" ? b.text === label : label.test(b.text)));
    if (!button?.callback_data)
      throw new Error(`no button ${String(label)} in ${JSON.stringify(buttons.map((b) => b.text))}`);
    return this.tapData(message, button.callback_data);
  }

  async tapData(message: SentMessage, data: string): Promise<SentMessage> {
    const edits = message.edited;
    await this.press(message, data);
    return this.tg.waitForMessage(
      this.user.id,
      (m) => m.message_id === message.message_id && m.edited > edits,
    );
  }

  /** Sends a button press with any payload (forged ones included), without waiting. */
  async press(message: SentMessage, data: string): Promise<void> {
    await this.tg.push({
      callback_query: {
        id: String(Math.floor(Math.random() * 1e12)),
        from: { ...this.user, is_bot: false },
        chat_instance: "ci",
        data,
        message: {
          message_id: message.message_id,
          date: now(),
          chat: { id: this.user.id, type: "private" },
          text: message.text,
        },
      },
    });
  }
}

/** A group chat several people write in (the standing office's, say). */
export class GroupChat {
  constructor(
    readonly tg: FakeTelegram,
    readonly id: number,
    readonly title = "Nhóm VP HĐND-UBND",
  ) {}

  private chat() {
    return { id: this.id, type: "supergroup", title: this.title };
  }

  async send(user: FakeUser, text: string): Promise<number> {
    const command = /^\/\S+/.exec(text)?.[0];
    return this.tg.push({
      message: {
        message_id: Math.floor(Math.random() * 1e9),
        date: now(),
        chat: this.chat(),
        from: { ...user, is_bot: false },
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] } : {}),
      },
    });
  }

  async press(user: FakeUser, message: SentMessage, data: string): Promise<void> {
    await this.tg.push({
      callback_query: {
        id: String(Math.floor(Math.random() * 1e12)),
        from: { ...user, is_bot: false },
        chat_instance: "group",
        data,
        message: { message_id: message.message_id, date: now(), chat: this.chat(), text: message.text },
      },
    });
  }

  messages(): SentMessage[] {
    return this.tg.messagesTo(this.id);
  }

  /** The next bot message in the group after `since` messages. */
  next(match: (m: SentMessage) => boolean = () => true, since = 0): Promise<SentMessage> {
    return this.tg.waitForMessage(this.id, match, 20_000, since);
  }
}
