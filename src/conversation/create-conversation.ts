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

export function createConversation(deps: ConversationDeps): Conversation {
  const route = createRouter(FEATURES);
  return {
    async handle(identity: Identity, input: Input): Promise<Reply> {
      let turn: Turn | null = null;
      try {
        turn = await openTurn(deps, identity);
        await route(turn, input);
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
      return { outputs: turn.outputs, ...(turn.menuRole ? { menuRole: turn.menuRole } : {}) };
    },
  };
}
