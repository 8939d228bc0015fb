import { AppError } from "../../services/app-error.ts";
import { subscribeChat } from "../../services/people/subscribe-chat.ts";
import type { Feature } from "../router.ts";

/** /subscribe: the standing office's group chat receives the digests. */
export const subscribe: Feature = {
  commands: {
    subscribe: async (turn) => {
      const actor = turn.requireActor();
      if (turn.identity.chatKind !== "group") throw new AppError("group-only");
      const result = await subscribeChat(turn.deps, {
        actor,
        channel: turn.identity.channel,
        chatId: turn.identity.chatId,
        title: turn.identity.chatTitle ?? null,
      });
      turn.say(turn.t(result === "subscribed" ? "subscribe-done" : "subscribe-already"));
    },
  },
};
