// The conversation every channel speaks: one Identity and Input in, one Reply out.
import { randomBytes } from "node:crypto";
import { asLocale } from "../i18n/translator.ts";
import { getAccountLocale } from "../services/people/account-locale.ts";
import { AppError } from "../services/app-error.ts";
import { noteIdentitySeen } from "../services/people/note-identity-seen.ts";
import { adoptChatName } from "../services/people/rename-member.ts";
import { resolveActor, type ActorProfile } from "../services/people/resolve-actor.ts";
import type { ConversationDeps } from "./conversation-deps.ts";
import type { Conversation, Identity, Input, Reply } from "./conversation-types.ts";
import { FEATURES } from "./features/index.ts";
import { filesAsLinks } from "./files-as-links.ts";
import { numberReply, readOfferedAnswer, rememberOffer } from "./numbered-choices.ts";
import { createRouter } from "./router.ts";
import { Turn } from "./turn.ts";

/** Members carry their language; others chose one with /lang, or their app tells us. */
async function localeFor(deps: ConversationDeps, identity: Identity, actor: ActorProfile | null) {
  if (actor) return asLocale(actor.locale) ?? deps.defaultLocale;
  const chosen = await getAccountLocale(deps, identity.channel, identity.externalId).catch((err: unknown) => {
    deps.logger.warn({ err }, "locale lookup failed");
    return null;
  });
  if (chosen !== null) return chosen;
  return identity.languageHint?.startsWith("en") ? "en" : deps.defaultLocale;
}

async function openTurn(deps: ConversationDeps, identity: Identity): Promise<Turn> {
  // Looked up on every turn, so a removal takes effect at once.
  const actor = await resolveActor(deps, { channel: identity.channel, externalId: identity.externalId });
  // Where the outbox reaches this person: the chat they use (and a chat they came back to).
  if (actor) {
    await noteIdentitySeen(deps, actor.seen).catch((err: unknown) => {
      deps.logger.warn({ err }, "could not note the chat as seen");
    });
  }
  // An admin made from configuration is called "Admin <id>" until we see their name.
  const name = identity.displayName?.trim();
  if (actor && name && actor.fullName === `Admin ${identity.externalId}`) {
    await adoptChatName(deps, actor.memberId, name);
    actor.fullName = name;
  }
  return new Turn(deps, identity, actor, await localeFor(deps, identity, actor));
}

/**
 * On a channel without buttons a typed answer to the choices last offered is that choice (or is
 * told it is stale); null when the turn is answered already.
 */
async function withOfferedChoice(turn: Turn, input: Input): Promise<Input | null> {
  if (input.kind !== "text" || turn.deps.channels.hasButtons(turn.identity.channel)) return input;
  const answer = await readOfferedAnswer(turn.deps, turn.identity, input.text, turn.t);
  if (answer.kind === "text") return input;
  if (answer.kind === "input") return answer.input;
  turn.say(answer.text);
  return null;
}

/** The turn's outputs as this channel can show them (numbered choices, files as links). */
async function forChannel(deps: ConversationDeps, turn: Turn, answered: boolean): Promise<Reply["outputs"]> {
  const { channel } = turn.identity;
  let outputs = turn.outputs;
  if (!deps.channels.sendsDocuments(channel)) outputs = await filesAsLinks(turn, outputs);
  if (deps.channels.hasButtons(channel)) return outputs;
  const numbered = numberReply(outputs, turn.t);
  // What was offered is kept; an answer about the offer itself (stale, out of range) keeps it.
  if (answered) await rememberOffer(deps, turn.identity, numbered.offer);
  return numbered.outputs;
}

/** After a failure: what the turn said, shown as the channel can (the last offer stays as it was). */
function afterFailure(deps: ConversationDeps, turn: Turn): Reply["outputs"] {
  const { channel } = turn.identity;
  const outputs = deps.channels.sendsDocuments(channel)
    ? turn.outputs
    : turn.outputs.filter((o) => o.kind !== "file");
  return deps.channels.hasButtons(channel) ? outputs : numberReply(outputs, turn.t).outputs;
}

export function createConversation(deps: ConversationDeps): Conversation {
  const route = createRouter(FEATURES);
  return {
    async handle(identity: Identity, input: Input): Promise<Reply> {
      let turn: Turn | null = null;
      let routed = false;
      try {
        turn = await openTurn(deps, identity);
        const read = await withOfferedChoice(turn, input);
        if (read !== null) {
          await route(turn, read);
          routed = true;
        }
        const outputs = await forChannel(deps, turn, routed);
        return { outputs, ...(turn.menuRole ? { menuRole: turn.menuRole } : {}) };
      } catch (e) {
        turn ??= new Turn(deps, identity, null, deps.defaultLocale);
        if (e instanceof AppError) {
          turn.say(turn.t(`error-${e.code}`, e.params));
        } else {
          // Anything else is a bug: logged with a reference id the person can quote.
          const ref = randomBytes(4).toString("hex").toUpperCase();
          deps.logger.error({ err: e, ref, channel: identity.channel, input: input.kind }, "update failed");
          turn.say(turn.t("error-internal", { ref }));
        }
      }
      return { outputs: afterFailure(deps, turn), ...(turn.menuRole ? { menuRole: turn.menuRole } : {}) };
    },
  };
}
