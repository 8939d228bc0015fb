// The Telegram adapter: reads updates into the conversation and renders its replies. It knows its
// transport and nothing of the plan.
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { ChannelDirectory } from "../../conversation/channel-directory.ts";
import type { Conversation } from "../../conversation/conversation-types.ts";
import { inviteLink } from "../../services/people/invite-code.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { downloadTelegramFile } from "./download-telegram-file.ts";
import { converse } from "./middlewares/converse.ts";
import { replyToError } from "./middlewares/error-boundary.ts";
import { processOnce } from "./middlewares/process-once.ts";

export interface CreateBotOptions {
  token: string;
  apiRoot: string;
  deps: BotDeps;
  conversation: Conversation;
  /** Where the conversation finds this channel's links and delivery (registered here). */
  directory?: ChannelDirectory;
  /** Skips getMe (tests and benchmarks that know the bot). */
  botInfo?: UserFromGetMe;
}

export function createBot({
  token,
  apiRoot,
  deps,
  conversation,
  directory,
  botInfo,
}: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: { apiRoot }, ...(botInfo ? { botInfo } : {}) });
  // Retries 429 after `retry_after`, 5xx and network errors, a bounded number of times.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  // Links need the bot's username, known once the bot is initialised (before any update).
  directory?.register("telegram", {
    inviteLink: (code) => inviteLink(bot.botInfo.username, code),
    privateChatLink: () => `https://t.me/${bot.botInfo.username}`,
    downloadFile: (fileId) => downloadTelegramFile({ api: bot.api, apiRoot, token, fileId }),
  });

  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    await next();
  });
  // One error boundary around everything that can fail for a user.
  bot.errorBoundary(replyToError).use(
    processOnce(),
    // Updates of one chat are handled in order, also when webhook requests arrive together.
    sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()),
    converse(conversation),
  );
  bot.catch((err) =>
    deps.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, "unhandled bot error"),
  );
  return bot;
}
