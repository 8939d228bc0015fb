// The composition root: reads config, prepares the database, loads the plan, starts the bot.
// `startApp` is what `npm start` runs and what the end-to-end tests start; nothing starts on import.
import { codeSettings } from "./config/code-settings.ts";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Logger } from "pino";
import type { UserFromGetMe } from "grammy/types";
import { startSandbox, type SandboxRuntime } from "./channels/sandbox/start-sandbox.ts";
import { ChannelDirectory } from "./conversation/channel-directory.ts";
import { createConversation } from "./conversation/create-conversation.ts";
import type { TelegramRunOptions, TelegramRuntime } from "./channels/telegram/run-telegram.ts";
import { startTelegram } from "./channels/telegram/start-telegram.ts";
import { fileLinkRoutes, FILE_LINK_PREFIX } from "./channels/file-link-route.ts";
import { startHttpServer, type HttpServer } from "./channels/http-server.ts";
import type { ZaloRunOptions, ZaloRuntime } from "./channels/zalo/run-zalo.ts";
import { startZalo } from "./channels/zalo/start-zalo.ts";
import type { RunningChannels } from "./services/outbox/notification-channel.ts";
import { createNotificationTickers } from "./scheduler/create-notification-tickers.ts";
import type { ReminderTicker } from "./scheduler/reminder-ticker.ts";
import type { Ticker } from "./scheduler/start-scheduler.ts";
import { startScheduler } from "./scheduler/start-scheduler.ts";
import type { OutboxSender } from "./services/outbox/create-outbox-sender.ts";
import { startHousekeeping } from "./scheduler/housekeeping-ticker.ts";
import { validationText } from "./cli/format-plan.ts";
import { fileError } from "./cli/file-error.ts";
import { ConfigError, createConfig, loadDotEnv, type TConfig } from "./config/config.ts";
import { describeConfigError } from "./config/describe-config-error.ts";
import { parseDatabaseUrl } from "./db/database-url.ts";
import type { Db } from "./db/open-database.ts";
import { formatMillion } from "./domain/money.ts";
import { localeOr, translator } from "./i18n/translator.ts";
import { createLogger } from "./logging/create-logger.ts";
import { AppError } from "./services/app-error.ts";
import { bootstrapAdmins } from "./services/people/bootstrap-admins.ts";
import { ensurePlanLoaded } from "./services/plan/ensure-plan-loaded.ts";
import { planOverview } from "./services/plan/plan-overview.ts";
import { prepareDatabase } from "./db/prepare-database.ts";
import { readPlanSource } from "./services/plan/read-plan-source.ts";
import { systemClock, type Clock } from "./services/service-deps.ts";
import { VersionedCache } from "./db/versioned-cache.ts";

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Skips getMe (benchmarks). */
  botInfo?: UserFromGetMe;
  say?: (text: string) => void;
  /** Poller and claim timings (tests shorten them). */
  transportTimings?: TelegramRunOptions["timings"];
  zaloTimings?: ZaloRunOptions["timings"];
}

export interface App {
  db: Db;
  telegram: TelegramRuntime | null;
  zalo: ZaloRuntime | null;
  /** tiendo's own HTTP server (/healthz, webhooks, file links), when a bot runs. */
  http: HttpServer | null;
  /** The local web chat, served when there is no bot token. */
  sandbox: SandboxRuntime | null;
  /** The reminder tick (also run by the cron schedule when REMINDERS_ENABLED). */
  reminders: ReminderTicker | null;
  /** The digest tick, run by the same schedule. */
  digests: Ticker | null;
  /** Sends what the outbox holds (also polled every few seconds when REMINDERS_ENABLED). */
  outbox: OutboxSender | null;
  stop(): Promise<void>;
}

export async function startApp(config: TConfig, options: StartOptions = {}): Promise<App> {
  const t = translator(config.DEFAULT_LOCALE);
  const say = options.say ?? ((text: string) => process.stdout.write(`${text}\n`));
  const logger = options.logger ?? createLogger(config.LOG_LEVEL, secretsOf(config));
  const clock = options.clock ?? systemClock;

  const { db, applied } = await prepareDatabase(config.DATABASE_URL);
  const deps = { db, clock };
  const stopDb = () => db.$disconnect();
  try {
    const file = parseDatabaseUrl(config.DATABASE_URL).label;
    if (applied.length > 0) say(t("start-migrated", { count: applied.length, file }));
    const loaded = await ensurePlanLoaded(deps, config.PLAN_FILE, config.TZ_PLAN);
    if (loaded.kind === "imported") say(t("start-imported", { code: loaded.code, file: config.PLAN_FILE }));
    if (loaded.kind === "invalid") throw new AppError("plan-file-invalid", { file: config.PLAN_FILE });
    const overview = await planOverview(deps);
    if (overview) {
      say(
        t("start-loaded", {
          code: overview.code,
          items: overview.items,
          agencies: overview.agencies,
          assignments: overview.assignments,
          periods: overview.periods,
          total: formatMillion(overview.totalVnd, config.DEFAULT_LOCALE),
        }),
      );
    }
    await bootstrapAdmins(deps, config.ADMIN_TELEGRAM_IDS);
  } catch (e) {
    await stopDb();
    throw e;
  }

  const token = config.TELEGRAM_BOT_TOKEN;
  if (token === undefined && config.ZALO_BOT_TOKEN === undefined) {
    // No token: the product runs as a local web chat (127.0.0.1) on the same database.
    const sandbox = await startSandbox({
      config,
      deps,
      conversation: createConversation,
      logger,
      say,
    }).catch(async (e: unknown) => {
      await stopDb();
      throw e;
    });
    const stop = async () => {
      await sandbox.stop();
      await stopDb();
    };
    return {
      db,
      telegram: null,
      zalo: null,
      http: null,
      sandbox,
      reminders: null,
      digests: null,
      outbox: null,
      stop,
    };
  }
  // Services wake the outbox sender (built below, once the bot's API exists).
  const outbox: { sender?: OutboxSender; wake(): void } = { wake: () => outbox.sender?.wake() };
  const botDeps = {
    ...deps,
    outbox,
    cache: new VersionedCache(),
    logger,
    inviteTtlDays: config.INVITE_TTL_DAYS,
    codes: codeSettings(config),
    defaultLocale: config.DEFAULT_LOCALE,
    timezone: config.TZ_PLAN,
    fileLinks: { publicUrl: config.PUBLIC_URL, ttlHours: config.FILE_LINK_TTL_HOURS },
  };
  const directory = new ChannelDirectory();
  const conversation = createConversation({ ...botDeps, channels: directory });
  // One HTTP server for every bot channel: /healthz, /readyz, the webhooks, the file links.
  const server = await startHttpServer({
    port: config.PORT,
    logger,
    pingDatabase: () => db.$queryRawUnsafe("SELECT 1"),
  }).catch(async (e: unknown) => {
    await stopDb();
    throw e;
  });
  const files = fileLinkRoutes(deps, config.DEFAULT_LOCALE);
  server.route("GET", FILE_LINK_PREFIX, files.get);
  server.route("POST", FILE_LINK_PREFIX, files.post);
  const running: Record<string, RunningChannels[string]> = {};
  let telegram: TelegramRuntime | null = null;
  let zalo: ZaloRuntime | null = null;
  const stopChannels = async () => {
    await server.stop();
    await telegram?.stop();
    await zalo?.stop();
  };
  // The updates in hand finish while the server still listens (/readyz says 503 meanwhile).
  const settleChannels = async () => {
    await telegram?.stop();
    await zalo?.stop();
  };
  try {
    if (token !== undefined) {
      const started = await startTelegram({
        token,
        config,
        deps: botDeps,
        conversation,
        directory,
        server,
        botInfo: options.botInfo,
        timings: options.transportTimings,
      });
      telegram = started.runtime;
      running.telegram = started.channel;
      say(
        t("start-bot-running", {
          bot: telegram.botUsername,
          mode: config.BOT_MODE,
          port: String(server.port),
        }),
      );
    }
    if (config.ZALO_BOT_TOKEN !== undefined) {
      const started = await startZalo({
        token: config.ZALO_BOT_TOKEN,
        config,
        deps: botDeps,
        conversation,
        directory,
        server,
        ...(options.zaloTimings ? { timings: options.zaloTimings } : {}),
      });
      zalo = started.runtime;
      running.zalo = started.channel;
      say(t("start-zalo-running", { bot: zalo.botName, mode: config.ZALO_MODE, port: String(server.port) }));
    }
  } catch (e) {
    await stopChannels().catch(() => undefined);
    await stopDb();
    throw e;
  }
  server.setHealth(() => combinedHealth(telegram, zalo));

  const { sender, reminders, digests } = createNotificationTickers({
    deps: botDeps,
    channels: running,
    config,
    logger,
  });
  outbox.sender = sender;
  if (config.REMINDERS_ENABLED) sender.poll(5_000);
  const scheduler = config.REMINDERS_ENABLED
    ? startScheduler({
        tickers: [reminders, digests],
        expression: config.REMINDER_CRON,
        timezone: config.TZ_PLAN,
        logger,
      })
    : null;
  const housekeeping = startHousekeeping({ deps, timezone: config.TZ_PLAN, logger });
  let stopped = false;
  return {
    db,
    telegram,
    zalo,
    http: server,
    sandbox: null,
    reminders,
    digests,
    outbox: sender,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Rolling deploys: the balancer hears at once (/readyz 503) and sends elsewhere, while this
      // process finishes what it holds. Updates that still arrive meanwhile are handled too;
      // stopChannels then closes the server and waits for those as well.
      server.drain();
      // The sender stops claiming first, so a tick in progress ends after its current batch (the
      // rest stays queued for the other instances, or for the next start) instead of sending
      // its whole fan-out before the process may exit.
      const senderStopped = sender.stop();
      await scheduler?.stop();
      await senderStopped;
      await housekeeping.stop();
      await settleChannels();
      await stopChannels();
      await stopDb();
    },
  };
}

/** What the log never shows. */
function secretsOf(config: TConfig): (string | undefined)[] {
  return [
    config.TELEGRAM_BOT_TOKEN,
    config.WEBHOOK_SECRET,
    config.ZALO_BOT_TOKEN,
    config.ZALO_WEBHOOK_SECRET,
  ];
}

/** /healthz: Telegram's report as before, Zalo's beside it; ok when every running channel is. */
function combinedHealth(telegram: TelegramRuntime | null, zalo: ZaloRuntime | null) {
  const z = zalo?.health();
  const tg = telegram?.health();
  return { ...(tg ?? {}), ...(z ? { zalo: z } : {}), ok: (tg?.ok ?? true) && (z?.ok ?? true) };
}

/** What `npm start` tells a person about a failure to start: one sentence, never a stack trace. */
async function startFailure(e: unknown, config: TConfig, logger: Logger): Promise<string> {
  const t = translator(config.DEFAULT_LOCALE);
  if (e instanceof AppError && e.code === "plan-file-invalid") {
    // The same line-numbered findings as `plan validate`.
    const { reading } = await readPlanSource(config.PLAN_FILE, { defaultTimezone: config.TZ_PLAN });
    return validationText(t, config.PLAN_FILE, reading, config.DEFAULT_LOCALE);
  }
  if (e instanceof AppError) return t(e.key, e.params);
  const err = e as { code?: unknown; path?: unknown; syscall?: unknown };
  if (err.code === "EADDRINUSE") return t("error-port-in-use", { port: String(config.PORT) });
  if (typeof err.path === "string" && typeof err.code === "string" && /^E[A-Z]+$/.test(err.code)) {
    const known = fileError(e, err.path);
    return t(known.key, known.params);
  }
  const ref = randomBytes(4).toString("hex").toUpperCase();
  logger.fatal({ err: e, ref }, "start failed");
  return t("start-failed", { ref });
}

async function main(): Promise<number> {
  loadDotEnv();
  let config: TConfig;
  try {
    config = createConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const t = translator(localeOr(process.env.DEFAULT_LOCALE));
    process.stderr.write(`${describeConfigError(t, e)}\n`);
    return 1;
  }
  const logger = createLogger(config.LOG_LEVEL, secretsOf(config));
  let app: App;
  try {
    app = await startApp(config, { logger });
  } catch (e) {
    const fallback = () => translator(config.DEFAULT_LOCALE)("start-failed", { ref: "-" });
    process.stderr.write(`${await startFailure(e, config, logger).catch(fallback)}\n`);
    return 1;
  }
  // Graceful shutdown: stop taking updates, finish the ones in flight, close the database.
  await new Promise<void>((resolve) => {
    const onSignal = () => resolve();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
  await app.stop();
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      const ref = randomBytes(4).toString("hex").toUpperCase();
      createLogger("error").fatal({ err: e, ref }, "failed");
      process.stderr.write(`${translator(localeOr(process.env.DEFAULT_LOCALE))("start-failed", { ref })}\n`);
      process.exit(1);
    },
  );
}
