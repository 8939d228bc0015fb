// The Zalo channel as the composition root starts it: the API client, the bot (polling or the
// webhook route on the shared server) and its outbox channel with its own send throttle.
import type { TConfig } from "../../config/config.ts";
import type { ChannelDirectory } from "../../conversation/channel-directory.ts";
import type { Conversation } from "../../conversation/conversation-types.ts";
import type { RunningChannel } from "../../services/outbox/notification-channel.ts";
import { SendThrottle } from "../../services/outbox/send-throttle.ts";
import type { HttpServer } from "../http-server.ts";
import { runZalo, type ZaloRunOptions, type ZaloRuntime } from "./run-zalo.ts";
import { ZaloApi } from "./zalo-api.ts";
import { zaloNotificationChannel } from "./zalo-notification-channel.ts";

export async function startZalo(o: {
  token: string;
  config: Pick<
    TConfig,
    | "ZALO_API_ROOT"
    | "ZALO_MODE"
    | "ZALO_WEBHOOK_URL"
    | "ZALO_WEBHOOK_SECRET"
    | "ZALO_SENDS_PER_SECOND"
    | "UPDATE_CONCURRENCY"
    | "DEFAULT_LOCALE"
  >;
  deps: ZaloRunOptions["deps"];
  conversation: Conversation;
  directory: ChannelDirectory;
  server: HttpServer;
  timings?: ZaloRunOptions["timings"];
}): Promise<{ runtime: ZaloRuntime; channel: RunningChannel }> {
  const { config } = o;
  const api = new ZaloApi({ token: o.token, apiRoot: config.ZALO_API_ROOT });
  const runtime = await runZalo({
    api,
    conversation: o.conversation,
    deps: o.deps,
    directory: o.directory,
    mode: config.ZALO_MODE,
    webhookUrl: config.ZALO_WEBHOOK_URL,
    webhookSecret: config.ZALO_WEBHOOK_SECRET,
    server: o.server,
    concurrency: config.UPDATE_CONCURRENCY,
    ...(o.timings ? { timings: o.timings } : {}),
  });
  const adapter = zaloNotificationChannel({
    api,
    deps: o.deps,
    logger: o.deps.logger,
    digestLocale: config.DEFAULT_LOCALE,
    sendsPerSecond: config.ZALO_SENDS_PER_SECOND,
  });
  // One message per second and chat, ZALO_SENDS_PER_SECOND overall.
  return { runtime, channel: { adapter, throttle: new SendThrottle(config.ZALO_SENDS_PER_SECOND, 1000) } };
}
