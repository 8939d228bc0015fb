// Runs the bot: long polling by default, or a webhook server that checks Telegram's secret.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "pino";
import { listMemberChats } from "../../services/list-member-chats.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { registerChatCommands, registerDefaultCommands } from "./set-commands.ts";

export interface TelegramRunOptions {
  bot: Bot<BotContext>;
  deps: BotDeps;
  mode: "polling" | "webhook";
  webhookUrl?: string | undefined;
  webhookSecret?: string | undefined;
  /** HTTP port for /healthz (and the webhook). 0 picks a free port. */
  port: number;
}

export interface TelegramRuntime {
  botUsername: string;
  port: number;
  /** Stops taking updates, lets the ones in flight finish. */
  stop(): Promise<void>;
}

const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export async function runTelegram(options: TelegramRunOptions): Promise<TelegramRuntime> {
  const { bot, deps, mode } = options;
  const logger: Logger = deps.logger;
  await bot.init();
  await registerDefaultCommands(bot.api).catch((err: unknown) =>
    logger.warn({ err }, "setMyCommands failed"),
  );
  for (const m of await listMemberChats(deps, "telegram")) {
    if (m.role !== "focal-point") await registerChatCommands(bot.api, logger, m);
  }

  let handleWebhook: ((req: IncomingMessage, res: ServerResponse) => Promise<unknown>) | null = null;
  if (mode === "webhook") {
    if (!options.webhookUrl || !options.webhookSecret)
      throw new Error("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET");
    handleWebhook = webhookCallback(bot, "http", { secretToken: options.webhookSecret });
    await bot.api.setWebhook(options.webhookUrl, {
      secret_token: options.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  }
  const webhookPath = options.webhookUrl ? new URL(options.webhookUrl).pathname : "/";

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, mode }));
      return;
    }
    if (handleWebhook !== null && req.method === "POST" && url.pathname === webhookPath) {
      handleWebhook(req, res).catch((err: unknown) => {
        logger.error({ err }, "webhook request failed");
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  const port = (server.address() as AddressInfo).port;

  let polling: Promise<void> | null = null;
  if (mode === "polling") {
    polling = bot
      .start({ allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false })
      .catch((err: unknown) => logger.error({ err }, "polling stopped with an error"));
  }
  logger.info({ mode, port, bot: bot.botInfo.username }, "telegram bot running");

  return {
    botUsername: bot.botInfo.username,
    port,
    stop: async () => {
      if (polling !== null) {
        await bot.stop();
        await polling;
      }
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
