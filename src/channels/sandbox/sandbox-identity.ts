// A sandbox persona as the conversation sees it: its id is both the identity and the chat.
import type { Identity } from "../../conversation/conversation-types.ts";

const PERSONA_ID = /^(focal-point:[A-Za-z0-9._+-]{1,40}|leader|office|admin)$/;

export function isPersonaId(id: string): boolean {
  return PERSONA_ID.test(id);
}

export function sandboxIdentity(personaId: string, displayName: string, language: string): Identity {
  return {
    channel: "sandbox",
    externalId: personaId,
    chatId: personaId,
    chatKind: "private",
    displayName,
    languageHint: language,
  };
}
