// The sandbox: the product, running on this machine with no token. A web chat on 127.0.0.1 through
// the conversation layer, on the same database, with a simulated clock that the page moves forward
// (each move runs the reminder and digest tick at once), and the scheduler ticking on that clock.
import { codeSettings } from "../../config/code-settings.ts";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DateTime } from "luxon";
import type { Logger } from "pino";
import type { TConfig } from "../../config/config.ts";
import { ChannelDirectory } from "../../conversation/channel-directory.ts";
import type { ConversationDeps } from "../../conversation/conversation-deps.ts";
import type { Conversation } from "../../conversation/conversation-types.ts";
import { formatInstant } from "../../domain/format-date.ts";
import { translator } from "../../i18n/translator.ts";
import { AppError } from "../../services/app-error.ts";
import { createNotificationTickers } from "../../scheduler/create-notification-tickers.ts";
import { startScheduler } from "../../scheduler/start-scheduler.ts";
import { AdjustableClock } from "../../services/sandbox/adjustable-clock.ts";
import { resetSandbox } from "../../services/sandbox/sandbox-reset.ts";
import type { OutboxSender } from "../../services/outbox/create-outbox-sender.ts";
import { SendThrottle } from "../../services/outbox/send-throttle.ts";
import type { ServiceDeps } from "../../services/service-deps.ts";
import { VersionedCache } from "../../db/versioned-cache.ts";
import { sandboxApi } from "./sandbox-api.ts";
import { SandboxChats } from "./sandbox-chats.ts";
import type { SandboxDeps } from "./sandbox-deps.ts";
import { sandboxNotifications, type SandboxNotifications } from "./sandbox-notifications.ts";

export interface SandboxRuntime {
  url: string;
  port: number;
  clock: AdjustableClock;
  chats: SandboxChats;
  /** Reminders and digests for sandbox chats (the ports the outbox senders call). */
  notifications: SandboxNotifications;
  /** Runs one reminder and digest tick now (queued behind a tick in progress). */
  tick(): Promise<void>;
  /** Moves the clock forward by `ms`, a tick after each day at most. */
  advance(ms: number): Promise<Date>;
  stop(): Promise<void>;
}

/** SANDBOX_CLOCK as an instant: a local time in the plan's zone, or "now". */
export function sandboxStart(setting: string, timezone: string, now: Date): Date {
  if (setting === "now") return now;
  return DateTime.fromISO(setting, { zone: timezone }).toJSDate();
}

const DAY_MS = 86_400_000;

export async function startSandbox(options: {
  config: TConfig;
  deps: ServiceDeps;
  /** The conversation people talk to, built on the sandbox's dependencies (its clock, its files). */
  conversation: (deps: ConversationDeps) => Conversation;
  logger: Logger;
  say: (text: string) => void;
}): Promise<SandboxRuntime> {
  const { config, logger } = options;
  const start = () => sandboxStart(config.SANDBOX_CLOCK, config.TZ_PLAN, options.deps.clock.now());
  const clock = new AdjustableClock(start(), options.deps.clock);
  // Services wake the outbox sender (built below) when they queue something people wait for.
  const outbox: { sender?: OutboxSender; wake(): void } = { wake: () => outbox.sender?.wake() };
  const deps: SandboxDeps = {
    ...options.deps,
    clock,
    outbox,
    cache: new VersionedCache(),
    logger,
    inviteTtlDays: config.INVITE_TTL_DAYS,
    codes: codeSettings(config),
    defaultLocale: config.DEFAULT_LOCALE,
    timezone: config.TZ_PLAN,
  };
  const chats = new SandboxChats(() => clock.now());
  const notifications = sandboxNotifications(chats, config.DEFAULT_LOCALE);
  // The one outbox, on the sandbox's clock, delivering to sandbox chats.
  const { sender, reminders, digests } = createNotificationTickers({
    deps,
    channels: { sandbox: { adapter: notifications, throttle: new SendThrottle(1000, 0) } },
    config,
    logger,
  });
  outbox.sender = sender;
  const tickers = [reminders, digests];
  // Ticks (the schedule's, the clock's moves, the reset) run one after another, never together.
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  const runTickers = async () => {
    for (const t of tickers)
      await t.tick().catch((err: unknown) => logger.error({ err }, "sandbox tick failed"));
  };
  const tick = () => serially(runTickers);
  const advance = (ms: number) =>
    serially(async () => {
      for (let left = ms; left > 0; left -= DAY_MS) {
        clock.advance(Math.min(left, DAY_MS));
        await runTickers();
      }
      chats.emit({ type: "clock", now: clock.now().toISOString() });
      return clock.now();
    });
  const reset = () =>
    serially(async () => {
      await resetSandbox(deps, { planFile: config.PLAN_FILE, timezone: config.TZ_PLAN });
      clock.reset(start());
      chats.clear();
    });

  // Files people attach on the page are read from the chats' uploads.
  const channels = new ChannelDirectory();
  channels.register("sandbox", {
    downloadFile: async (id) => {
      const upload = chats.upload(id);
      if (upload === undefined) throw new AppError("file-gone");
      return upload.bytes;
    },
  });
  let port = config.PORT;
  const handler = sandboxApi({
    deps,
    conversation: options.conversation({ ...deps, channels }),
    chats,
    port: () => port,
    advance,
    reset,
    tick,
  });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, "127.0.0.1", resolve);
  });
  port = (server.address() as AddressInfo).port;
  const scheduler = config.REMINDERS_ENABLED
    ? startScheduler({
        tickers: [{ tick }],
        expression: config.REMINDER_CRON,
        timezone: config.TZ_PLAN,
        logger,
      })
    : null;
  const url = `http://localhost:${port}/`;
  const t = translator(config.DEFAULT_LOCALE);
  options.say(
    t("sandbox-running", { url, now: formatInstant(clock.now(), config.TZ_PLAN, config.DEFAULT_LOCALE) }),
  );
  return {
    url,
    port,
    clock,
    chats,
    notifications,
    tick,
    advance,
    stop: async () => {
      await scheduler?.stop();
      await sender.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await chain;
    },
  };
}
