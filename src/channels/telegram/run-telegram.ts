// Runs the bot: long polling by default (one process polls, the others stand by), or a webhook
// route on the shared HTTP server that checks Telegram's secret. Every update goes through the
// intake (claimed, then handled once). health() says what this process does and whether it does it.
import { hostname } from "node:os";
import type { Bot } from "grammy";
import type { Logger } from "pino";
import { listMemberChats } from "../../services/people/list-member-chats.ts";
import { systemClock, type Clock } from "../../services/service-deps.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { registerChatCommands, registerDefaultCommands } from "./set-commands.ts";
import { startPoller, type Poller, type PollerTimings, type UpdateKind } from "./telegram-poller.ts";
import type { HttpServer } from "../http-server.ts";
import { telegramIntake, type IntakeTimings } from "./update-intake.ts";
import { webhookEndpoint } from "./webhook-endpoint.ts";

export interface TelegramRunOptions {
  bot: Bot<BotContext>;
  deps: BotDeps;
  mode: "polling" | "webhook";
  webhookUrl?: string | undefined;
  webhookSecret?: string | undefined;
  /** The process's HTTP server (the webhook route is added to it). */
  server: HttpServer;
  /** Real time for leases and claims (never a test's business clock). */
  wallClock?: Clock;
  timings?: { poller?: PollerTimings; intake?: IntakeTimings };
  /** Updates handled at once across chats (UPDATE_CONCURRENCY). */
  concurrency?: number;
}

export interface Health {
  ok: boolean;
  mode: "polling" | "webhook";
  role: "poller" | "standby" | "webhook";
  polling: boolean;
  lastPollAt: string | null;
}

export interface TelegramRuntime {
  botUsername: string;
  port: number;
  health(): Health;
  /** Stops taking updates, lets the ones in flight finish. */
  stop(): Promise<void>;
}

const ALLOWED_UPDATES: readonly UpdateKind[] = ["message", "callback_query", "my_chat_member"];

export async function runTelegram(options: TelegramRunOptions): Promise<TelegramRuntime> {
  const { bot, deps, mode } = options;
  const logger: Logger = deps.logger;
  const live = { ...deps, clock: options.wallClock ?? systemClock };
  await bot.init();
  await registerDefaultCommands(bot.api).catch((err: unknown) =>
    logger.warn({ err }, "setMyCommands failed"),
  );
  for (const m of await listMemberChats(deps, "telegram")) {
    if (m.role !== "focal-point") await registerChatCommands(bot.api, logger, m);
  }

  const intake = telegramIntake({
    bot,
    deps: live,
    logger,
    ...(options.timings?.intake ? { timings: options.timings.intake } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
  let onWebhook: ReturnType<typeof webhookEndpoint> | null = null;
  if (mode === "webhook") {
    if (!options.webhookUrl || !options.webhookSecret)
      throw new Error("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET");
    onWebhook = webhookEndpoint({ secret: options.webhookSecret, intake, logger });
  }
  const webhookPath = options.webhookUrl ? new URL(options.webhookUrl).pathname : "/";
  let poller: Poller | null = null;

  const health = (): Health => {
    if (poller === null) return { ok: true, mode, role: "webhook", polling: false, lastPollAt: null };
    const s = poller.status();
    const lastPollAt = s.lastPollAt?.toISOString() ?? null;
    return { ok: s.healthy, mode, role: s.role, polling: s.polling, lastPollAt };
  };

  if (onWebhook !== null) {
    const endpoint = onWebhook;
    options.server.route("POST", webhookPath, (req, res) => endpoint(req, res));
  }
  const port = options.server.port;

  intake.start();
  if (mode === "webhook") {
    await bot.api.setWebhook(options.webhookUrl!, {
      secret_token: options.webhookSecret!,
      allowed_updates: ALLOWED_UPDATES,
    });
  } else {
    poller = startPoller({
      bot,
      intake,
      deps: live,
      logger,
      holder: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
      allowedUpdates: ALLOWED_UPDATES,
      ...(options.timings?.poller ? { timings: options.timings.poller } : {}),
    });
  }
  logger.info({ mode, port, bot: bot.botInfo.username }, "telegram bot running");

  return {
    botUsername: bot.botInfo.username,
    port,
    health,
    stop: async () => {
      await poller?.stop();
      await intake.stop();
    },
  };
}
