// The Telegram channel as the composition root starts it: the bot (polling or the webhook route on
// the shared server) and its outbox channel with Telegram's send throttle.
import type { UserFromGetMe } from "grammy/types";
import type { TConfig } from "../../config/config.ts";
import type { ChannelDirectory } from "../../conversation/channel-directory.ts";
import type { Conversation } from "../../conversation/conversation-types.ts";
import type { RunningChannel } from "../../services/outbox/notification-channel.ts";
import { SendThrottle } from "../../services/outbox/send-throttle.ts";
import type { HttpServer } from "../http-server.ts";
import type { BotDeps } from "./context.ts";
import { createBot } from "./create-bot.ts";
import { runTelegram, type TelegramRunOptions, type TelegramRuntime } from "./run-telegram.ts";
import { telegramNotificationChannel } from "./telegram-notification-channel.ts";

export async function startTelegram(o: {
  token: string;
  config: Pick<
    TConfig,
    | "TELEGRAM_API_ROOT"
    | "BOT_MODE"
    | "WEBHOOK_URL"
    | "WEBHOOK_SECRET"
    | "DEFAULT_LOCALE"
    | "UPDATE_CONCURRENCY"
  >;
  deps: BotDeps;
  conversation: Conversation;
  directory: ChannelDirectory;
  server: HttpServer;
  botInfo?: UserFromGetMe | undefined;
  timings?: TelegramRunOptions["timings"] | undefined;
}): Promise<{ runtime: TelegramRuntime; channel: RunningChannel }> {
  const { config } = o;
  const bot = createBot({
    token: o.token,
    apiRoot: config.TELEGRAM_API_ROOT,
    deps: o.deps,
    conversation: o.conversation,
    directory: o.directory,
    ...(o.botInfo ? { botInfo: o.botInfo } : {}),
  });
  const runtime = await runTelegram({
    bot,
    deps: o.deps,
    mode: config.BOT_MODE,
    webhookUrl: config.WEBHOOK_URL,
    webhookSecret: config.WEBHOOK_SECRET,
    server: o.server,
    concurrency: config.UPDATE_CONCURRENCY,
    ...(o.timings ? { timings: o.timings } : {}),
  });
  const adapter = telegramNotificationChannel(bot.api, config.DEFAULT_LOCALE);
  return { runtime, channel: { adapter, throttle: new SendThrottle() } };
}
