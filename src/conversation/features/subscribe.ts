import { subscribeChat } from "../../services/people/subscribe-chat.ts";
import type { Feature } from "../router.ts";

/**
 * /subscribe: digests go to this chat: the standing office's group, or (on a channel without
 * groups, such as Zalo) a standing-office member's private chat with the bot.
 */
export const subscribe: Feature = {
  commands: {
    subscribe: async (turn) => {
      const actor = turn.requireActor();
      const group = turn.identity.chatKind === "group";
      const result = await subscribeChat(turn.deps, {
        actor,
        channel: turn.identity.channel,
        chatId: turn.identity.chatId,
        title: group ? (turn.identity.chatTitle ?? null) : actor.fullName,
      });
      const done = result === "subscribed" ? "subscribe-done" : "subscribe-already";
      turn.say(turn.t(group ? done : `${done}-private`));
    },
  },
};
