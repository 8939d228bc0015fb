// Runs the Zalo bot: long polling by default (one process polls, the others stand by), or a
// webhook route on the shared HTTP server that checks Zalo's secret. Every update goes through
// the shared intake (claimed on message_id, then handled once, in order per chat).
import { hostname } from "node:os";
import type { Logger } from "pino";
import type { ChannelDirectory } from "../../conversation/channel-directory.ts";
import type { Conversation } from "../../conversation/conversation-types.ts";
import { systemClock, type Clock, type ServiceDeps } from "../../services/service-deps.ts";
import type { HttpServer } from "../http-server.ts";
import { UpdateIntake, type IntakeTimings } from "../update-intake.ts";
import { readZaloUpdate } from "./read-zalo-update.ts";
import { renderZaloReply } from "./render-zalo-reply.ts";
import type { ZaloApi } from "./zalo-api.ts";
import { startZaloPoller, type ZaloPoller, type ZaloPollerTimings } from "./zalo-poller.ts";
import type { ZaloBotInfo, ZaloUpdate } from "./zalo-types.ts";
import { zaloWebhook } from "./zalo-webhook.ts";

export interface ZaloRunOptions {
  api: ZaloApi;
  conversation: Conversation;
  deps: Pick<ServiceDeps, "db" | "clock"> & { logger: Logger };
  directory: ChannelDirectory;
  mode: "polling" | "webhook";
  webhookUrl?: string | undefined;
  webhookSecret?: string | undefined;
  server: HttpServer;
  /** Real time for leases and claims (never a test's business clock). */
  wallClock?: Clock;
  timings?: { poller?: ZaloPollerTimings; intake?: IntakeTimings };
  /** Updates handled at once across chats (UPDATE_CONCURRENCY). */
  concurrency?: number;
}

export interface ZaloHealth {
  ok: boolean;
  mode: "polling" | "webhook";
  role: "poller" | "standby" | "webhook";
  lastPollAt: string | null;
}

export interface ZaloRuntime {
  botName: string;
  health(): ZaloHealth;
  stop(): Promise<void>;
}

export async function runZalo(o: ZaloRunOptions): Promise<ZaloRuntime> {
  const { api, conversation, mode } = o;
  const logger = o.deps.logger;
  const live = { ...o.deps, clock: o.wallClock ?? systemClock };
  const me = await api.call<ZaloBotInfo>("getMe");
  // No buttons, no documents, no deep links: choices are numbered, files are links, codes are typed.
  o.directory.register("zalo", { buttons: false, documents: false });

  const intake = new UpdateIntake<ZaloUpdate>({
    transport: {
      channel: "zalo",
      idOf: (u) => u.message.message_id,
      chatKeyOf: (u) => u.message.chat.id,
      handle: async (u) => {
        const read = readZaloUpdate(u);
        if (read === null) return;
        const reply = await conversation.handle(read.identity, read.input);
        await renderZaloReply(api, read.identity.chatId, reply, { logger }).catch((err: unknown) =>
          logger.error({ err }, "could not send a reply on Zalo"),
        );
      },
    },
    deps: live,
    logger,
    ...(o.timings?.intake ? { timings: o.timings.intake } : {}),
    ...(o.concurrency ? { concurrency: o.concurrency } : {}),
  });
  intake.start();

  let poller: ZaloPoller | null = null;
  if (mode === "webhook") {
    if (!o.webhookUrl || !o.webhookSecret)
      throw new Error("webhook mode needs ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET");
    o.server.route(
      "POST",
      new URL(o.webhookUrl).pathname,
      zaloWebhook({ secret: o.webhookSecret, intake, logger }),
    );
    await api.call("setWebhook", { url: o.webhookUrl, secret_token: o.webhookSecret });
  } else {
    // getUpdates is refused while a webhook is set.
    await api
      .call("deleteWebhook")
      .catch((err: unknown) => logger.warn({ err }, "Zalo deleteWebhook failed"));
    poller = startZaloPoller({
      api,
      intake,
      deps: live,
      logger,
      holder: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
      ...(o.timings?.poller ? { timings: o.timings.poller } : {}),
    });
  }
  const botName = me.account_name ?? me.display_name ?? me.id;
  logger.info({ mode, bot: botName }, "zalo bot running");
  return {
    botName,
    health: () => {
      if (poller === null) return { ok: true, mode, role: "webhook", lastPollAt: null };
      const s = poller.status();
      return { ok: s.healthy, mode, role: s.role, lastPollAt: s.lastPollAt?.toISOString() ?? null };
    },
    stop: async () => {
      await poller?.stop();
      await intake.stop();
    },
  };
}
