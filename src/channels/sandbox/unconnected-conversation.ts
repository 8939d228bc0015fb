// Until the conversation layer (src/conversation) is plugged into the sandbox, this one answers
// every input by saying so. Replace it with the real conversation in src/main.ts, then delete it.
import type { Conversation } from "../../conversation/conversation-types.ts";
import { translator } from "../../i18n/translator.ts";
import type { SandboxDeps } from "./sandbox-deps.ts";

export function unconnectedConversation(deps: SandboxDeps): Conversation {
  const t = translator(deps.defaultLocale);
  return { handle: async () => ({ outputs: [{ kind: "message", text: t("sandbox-unconnected") }] }) };
}
