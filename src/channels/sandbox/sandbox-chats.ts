// The sandbox's chats, kept in memory: each persona's messages (what they typed, what tiendo
// answered, reminders and digests), the files sent, and the live events the page listens to.
import { randomUUID } from "node:crypto";
import type { ChoiceRows, FileFormat, Reply } from "../../conversation/conversation-types.ts";

export interface SandboxFile {
  id: string;
  format: FileFormat;
  fileName: string;
  bytes: Uint8Array;
}

export interface ChatMessage {
  id: string;
  chatId: string;
  from: "person" | "bot";
  /** When it was sent, on the sandbox's clock. */
  at: string;
  text?: string;
  choices?: ChoiceRows;
  file?: { id: string; format: SandboxFile["format"]; fileName: string; caption?: string };
  replyTo?: string;
}

export type ChatEvent =
  | { type: "message"; message: ChatMessage }
  | { type: "edit"; message: ChatMessage }
  | { type: "notice"; chatId: string; text: string }
  | { type: "clock"; now: string }
  | { type: "reset" };

/** A file a person attached on the page, kept until the conversation reads it. */
export interface SandboxUpload {
  id: string;
  fileName: string;
  bytes: Uint8Array;
}

const MAX_MESSAGES_PER_CHAT = 300;
const MAX_FILES = 60;
const MAX_UPLOADS = 10;

export class SandboxChats {
  private chats = new Map<string, ChatMessage[]>();
  private files = new Map<string, SandboxFile>();
  private uploads = new Map<string, SandboxUpload>();
  private listeners = new Set<(e: ChatEvent) => void>();

  constructor(private readonly now: () => Date) {}

  history(chatId: string): ChatMessage[] {
    return this.chats.get(chatId) ?? [];
  }

  find(chatId: string, id: string): ChatMessage | undefined {
    return this.history(chatId).find((m) => m.id === id);
  }

  file(id: string): SandboxFile | undefined {
    return this.files.get(id);
  }

  upload(id: string): SandboxUpload | undefined {
    return this.uploads.get(id);
  }

  /** Keeps a file a person attached (the last few only); its id is the conversation's fileId. */
  keepUpload(fileName: string, bytes: Uint8Array): SandboxUpload {
    const kept = { id: randomUUID(), fileName, bytes };
    this.uploads.set(kept.id, kept);
    for (const oldest of this.uploads.keys()) {
      if (this.uploads.size <= MAX_UPLOADS) break;
      this.uploads.delete(oldest);
    }
    return kept;
  }

  /** Adds a message and tells the listeners. */
  append(message: Omit<ChatMessage, "id" | "at">): ChatMessage {
    const full: ChatMessage = { id: randomUUID(), at: this.now().toISOString(), ...message };
    const list = this.chats.get(full.chatId) ?? [];
    list.push(full);
    if (list.length > MAX_MESSAGES_PER_CHAT) list.splice(0, list.length - MAX_MESSAGES_PER_CHAT);
    this.chats.set(full.chatId, list);
    this.emit({ type: "message", message: full });
    return full;
  }

  /**
   * Shows a reply in a chat: messages, files, a toast for a notice, and edits of the message a
   * choice came from (`originId`). Returns the new messages.
   */
  deliver(chatId: string, reply: Reply, originId?: string): ChatMessage[] {
    const added: ChatMessage[] = [];
    for (const out of reply.outputs) {
      if (out.kind === "message") {
        added.push(
          this.append({
            chatId,
            from: "bot",
            text: out.text,
            ...(out.choices ? { choices: out.choices } : {}),
          }),
        );
      } else if (out.kind === "file") {
        const file = this.keepFile({ format: out.format, fileName: out.fileName, bytes: out.bytes });
        const caption = out.caption === undefined ? {} : { caption: out.caption };
        added.push(
          this.append({
            chatId,
            from: "bot",
            file: { id: file.id, format: file.format, fileName: file.fileName, ...caption },
          }),
        );
      } else if (out.kind === "notice") {
        this.emit({ type: "notice", chatId, text: out.text });
      } else if (originId !== undefined) {
        const origin = this.find(chatId, originId);
        if (origin === undefined) continue;
        if (out.text !== undefined) origin.text = out.text;
        if (out.choices === null) delete origin.choices;
        else if (out.choices !== undefined) origin.choices = out.choices;
        this.emit({ type: "edit", message: origin });
      }
    }
    return added;
  }

  /** Forgets everything (the sandbox's reset). */
  clear(): void {
    this.chats.clear();
    this.files.clear();
    this.uploads.clear();
    this.emit({ type: "reset" });
  }

  subscribe(listener: (e: ChatEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ChatEvent): void {
    for (const l of this.listeners) l(event);
  }

  private keepFile(file: Omit<SandboxFile, "id">): SandboxFile {
    const kept = { id: randomUUID(), ...file };
    this.files.set(kept.id, kept);
    for (const oldest of this.files.keys()) {
      if (this.files.size <= MAX_FILES) break;
      this.files.delete(oldest);
    }
    return kept;
  }
}
