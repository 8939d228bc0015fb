// The choices last offered in a chat of a channel without buttons (Zalo), kept in the database so
// that "1" still picks after a restart. A later message without choices closes the offer: a number
// sent after that is stale, and the person is told so.
import { z } from "zod";
import type { ServiceDeps } from "../service-deps.ts";

const ZOffer = z.object({
  /** Label and payload of each choice, in the order they were numbered. */
  choices: z.array(z.object({ label: z.string(), payload: z.string() })),
  /** The question asked for a typed answer: only a label picks (a number is the answer). */
  typed: z.boolean(),
});
export type TOffer = z.infer<typeof ZOffer>;

const ZStored = z.object({ offer: ZOffer.nullable(), at: z.string() });

export type RecalledOffer =
  | { kind: "open"; offer: TOffer }
  /** Choices were offered, then the conversation moved on. */
  | { kind: "closed" }
  | { kind: "none" };

const key = (channel: string, chatId: string) => `choices:${channel}:chat:${chatId}`;

type Deps = Pick<ServiceDeps, "db" | "clock">;

/** Records what was just offered in the chat (`null`: a message without choices closed the offer). */
export async function rememberOfferedChoices(
  deps: Deps,
  chat: { channel: string; chatId: string },
  offer: TOffer | null,
): Promise<void> {
  const k = key(chat.channel, chat.chatId);
  const value = JSON.stringify({ offer, at: deps.clock.now().toISOString() });
  if (offer === null) {
    // Nothing was ever offered here: nothing to close (no row for every chat that only reads).
    await deps.db.session.updateMany({ where: { key: k }, data: { value } });
    return;
  }
  await deps.db.session.upsert({ where: { key: k }, create: { key: k, value }, update: { value } });
}

/** What the chat was last offered. */
export async function recallOfferedChoices(
  deps: Pick<ServiceDeps, "db">,
  chat: { channel: string; chatId: string },
): Promise<RecalledOffer> {
  const row = await deps.db.session.findUnique({ where: { key: key(chat.channel, chat.chatId) } });
  if (row === null) return { kind: "none" };
  const parsed = ZStored.safeParse(JSON.parse(row.value));
  if (!parsed.success) return { kind: "none" };
  return parsed.data.offer === null ? { kind: "closed" } : { kind: "open", offer: parsed.data.offer };
}
