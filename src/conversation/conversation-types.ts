// The channel-neutral conversation: what a person did (an Input, from an Identity) in, what to show
// them (a Reply) out. Channels (Telegram, the local sandbox chat, Zalo) only read their transport
// into Inputs and render Replies; they never decide what to say and never touch the database.
import type { MemberRole } from "../domain/access/roles.ts";

/** The transports tiendo speaks on. */
export type ChannelName = "telegram" | "sandbox" | "zalo";

/** Who is acting, as the channel knows them. Ids are strings on every channel. */
export interface Identity {
  channel: ChannelName;
  /** The person's id on the channel (Telegram user id, sandbox identity id, Zalo user id). */
  externalId: string;
  /** Where the answer goes. */
  chatId: string;
  chatKind: "private" | "group";
  /** A group's title, when the channel knows it. */
  chatTitle?: string;
  displayName?: string;
  username?: string;
  /** The language the channel reports for the person (e.g. Telegram's language_code). */
  languageHint?: string;
}

/** A file a person sent (kept by reference: the channel's own file id). */
export interface IncomingFile {
  kind: "photo" | "document";
  fileId: string;
  fileName?: string;
  mimeType?: string;
  sizeBytes?: number;
}

export type Input =
  /** A typed message that is not a command; `replyTo` is the channel's id of the quoted message. */
  | { kind: "text"; text: string; replyTo?: string }
  /** `/tasks DA5` → { name: "tasks", args: "DA5" }. */
  | { kind: "command"; name: string; args: string }
  /** A choice the person picked; `payload` is opaque to the channel; `originId` is the message that offered it. */
  | { kind: "choice"; payload: string; originId?: string }
  | { kind: "file"; file: IncomingFile; caption?: string; replyTo?: string }
  /** Something the channel cannot pass on (a sticker, a voice message, a file the platform withholds). */
  | { kind: "unsupported"; what: "sticker" | "voice" | "other" };

/** One option offered to the person: a label and an opaque payload (ASCII, ≤ 64 bytes). */
export interface Choice {
  label: string;
  payload: string;
}

/** Rows of choices (Telegram draws each row as a keyboard row; Zalo numbers them). */
export type ChoiceRows = Choice[][];

/** What a file output is: pictures are shown inline, the rest sent as documents. */
export type FileFormat = "xlsx" | "docx" | "pdf" | "png" | "yaml";

export type Output =
  /** Text (any length: the channel splits it under its limit; the choices ride on the last part). */
  | {
      kind: "message";
      text: string;
      choices?: ChoiceRows;
      /**
       * The text asks for a typed answer (a percentage, an amount): a channel without buttons
       * lets only a choice's label pick it, since a number is the answer.
       */
      typed?: boolean;
      /** The text itself says which number picks which choice (a channel without buttons adds no list). */
      listed?: boolean;
      /** A picture to show with the text, by its URL (channels without file uploads). */
      imageUrl?: string;
    }
  /** A document or picture to send. */
  | { kind: "file"; format: FileFormat; fileName: string; bytes: Uint8Array; caption?: string }
  /** Replace the text and/or the choices of the message a choice came from (`choices: null` closes them). */
  | { kind: "edit-origin"; text?: string; choices?: ChoiceRows | null }
  /** A short acknowledgement of a choice (Telegram: the callback answer; others: nothing or a toast). */
  | { kind: "notice"; text: string };

export interface Reply {
  outputs: Output[];
  /**
   * Set when the person's role changed in this turn (they joined): a channel with per-person
   * command menus (Telegram) updates the menu for this role. Others ignore it.
   */
  menuRole?: MemberRole;
}

export interface Conversation {
  handle(identity: Identity, input: Input): Promise<Reply>;
}
