// The conversation driven directly (no channel), on a real migrated SQLite file with the seed plan.
import pino from "pino";
import { ChannelDirectory } from "../../src/conversation/channel-directory.ts";
import type { ConversationDeps } from "../../src/conversation/conversation-deps.ts";
import type {
  Conversation,
  Identity,
  Input,
  Output,
  Reply,
} from "../../src/conversation/conversation-types.ts";
import { createConversation } from "../../src/conversation/create-conversation.ts";
import { bootstrapAdmins } from "../../src/services/people/bootstrap-admins.ts";
import { ensurePlanLoaded } from "../../src/services/plan/ensure-plan-loaded.ts";
import { MovableClock } from "../support/reminder-world.ts";
import { SEED_PLAN_FILE } from "../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

export const ADMIN_ID = "900001";

export interface ConversationWorld {
  temp: TempDatabase;
  clock: MovableClock;
  deps: ConversationDeps;
  conversation: Conversation;
  directory: ChannelDirectory;
  person(externalId: string, chat?: Partial<Identity>): Person;
  /** The admin made from configuration (ADMIN_TELEGRAM_IDS: a Telegram identity). */
  admin(chat?: Partial<Identity>): Person;
  close(): Promise<void>;
}

export interface Person {
  identity: Identity;
  send(text: string, replyTo?: string): Promise<Reply>;
  pick(reply: Reply, label: string | RegExp): Promise<Reply>;
  handle(input: Input): Promise<Reply>;
}

/** The texts of a reply's messages (edits included), in order. */
export const texts = (reply: Reply): string[] =>
  reply.outputs.flatMap((o) =>
    o.kind === "message" || (o.kind === "edit-origin" && o.text) ? [o.text!] : [],
  );

export const text = (reply: Reply): string => texts(reply).join("\n");

export function choiceIn(reply: Reply, label: string | RegExp): string {
  const all = reply.outputs.flatMap((o: Output) =>
    o.kind === "message" || o.kind === "edit-origin" ? (o.choices ?? []).flat() : [],
  );
  const c = all.find((x) => (typeof label === "string" ? x.label === label : label.test(x.label)));
  if (!c) throw new Error(`no choice ${String(label)} in ${JSON.stringify(all.map((x) => x.label))}`);
  return c.payload;
}

/** "/cmd args" as a command, anything else as text (what a channel's reader does). */
export function inputOf(text: string, replyTo?: string): Input {
  const m = /^\/(\w+)(?:\s+([\s\S]*))?$/.exec(text);
  if (m) return { kind: "command", name: m[1]!, args: m[2] ?? "" };
  return { kind: "text", text, ...(replyTo ? { replyTo } : {}) };
}

export async function conversationWorld(at: string): Promise<ConversationWorld> {
  const temp = await tempDatabase();
  const clock = new MovableClock(new Date(at));
  const base = { db: temp.db, clock };
  await ensurePlanLoaded(base, SEED_PLAN_FILE, "Asia/Ho_Chi_Minh");
  await bootstrapAdmins(base, [ADMIN_ID]);
  const directory = new ChannelDirectory();
  const deps: ConversationDeps = {
    ...base,
    logger: pino({ level: "silent" }),
    inviteTtlDays: 7,
    timezone: "Asia/Ho_Chi_Minh",
    defaultLocale: "vi",
    channels: directory,
  };
  const conversation = createConversation(deps);
  const person = (externalId: string, chat: Partial<Identity> = {}): Person => {
    const identity: Identity = {
      channel: "sandbox",
      externalId,
      chatId: externalId,
      chatKind: "private",
      displayName: `Người ${externalId}`,
      ...chat,
    };
    const handle = (input: Input) => conversation.handle(identity, input);
    return {
      identity,
      handle,
      send: (t, replyTo) => handle(inputOf(t, replyTo)),
      pick: (reply, label) => handle({ kind: "choice", payload: choiceIn(reply, label) }),
    };
  };
  return {
    temp,
    clock,
    deps,
    conversation,
    directory,
    person,
    admin: (chat = {}) => person(ADMIN_ID, { channel: "telegram", ...chat }),
    close: () => temp.close(),
  };
}

/** An invite made by the admin and redeemed by `externalId`: the new member's person. */
export async function joined(
  world: ConversationWorld,
  externalId: string,
  role: string,
  agency = "",
): Promise<Person> {
  const admin = world.admin();
  const created = text(await admin.send(`/invite ${role} ${agency}`.trim()));
  const code = /(?:Mã|Code): ([A-Za-z0-9_-]+)/.exec(created)?.[1];
  if (!code) throw new Error(`no code in ${created}`);
  const person = world.person(externalId);
  const welcome = text(await person.send(`/start ${code}`));
  if (!welcome.startsWith("Chào mừng")) throw new Error(welcome);
  return person;
}
