import type { Conversation } from "../../../conversation/conversation-types.ts";
import type { BotContext } from "../context.ts";
import { renderReply } from "../render/render-reply.ts";
import { readUpdate } from "../read-update.ts";
import { registerChatCommands } from "../set-commands.ts";
import { answerCallbackOnce } from "./answer-callback.ts";

/** Read the update, ask the conversation, render its reply. */
export function converse(conversation: Conversation) {
  return async (ctx: BotContext): Promise<void> => {
    const read = readUpdate(ctx);
    if (read === null) return answerCallbackOnce(ctx);
    const reply = await conversation.handle(read.identity, read.input);
    const notice = reply.outputs.find((o) => o.kind === "notice");
    // The tapped button stops spinning first; the answer follows.
    await answerCallbackOnce(ctx, notice?.text);
    const originId = ctx.callbackQuery?.message?.message_id;
    await renderReply(ctx.api, { chatId: read.identity.chatId, originId }, reply);
    if (reply.menuRole !== undefined) {
      await registerChatCommands(ctx.api, ctx.deps.logger, {
        chatId: read.identity.chatId,
        role: reply.menuRole,
      });
    }
  };
}
