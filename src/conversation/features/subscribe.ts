import { AppError } from "../../services/app-error.ts";
import { subscribeChat } from "../../services/people/subscribe-chat.ts";
import type { Feature } from "../router.ts";

/**
 * /subscribe: the standing office's group chat receives the digests; on a channel whose bots
 * cannot join groups (Zalo), a standing-office member's private chat does.
 */
export const subscribe: Feature = {
  commands: {
    subscribe: async (turn) => {
      const actor = turn.requireActor();
      const privately = !turn.deps.channels.hasGroups(turn.identity.channel);
      if (turn.identity.chatKind !== "group" && !privately) throw new AppError("group-only");
      const result = await subscribeChat(turn.deps, {
        actor,
        channel: turn.identity.channel,
        chatId: turn.identity.chatId,
        title: turn.identity.chatTitle ?? null,
      });
      const key = result === "subscribed" ? "subscribe-done" : "subscribe-already";
      turn.say(turn.t(privately ? `${key}-private` : key));
    },
  },
};
