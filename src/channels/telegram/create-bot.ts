// The Telegram adapter: a thin grammY layer over the services.
import { autoRetry } from "@grammyjs/auto-retry";
import { I18n } from "@grammyjs/i18n";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { LOCALES_DIR } from "../../i18n/translator.ts";
import { getAccountLocale } from "../../services/account-locale.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { agencies } from "./features/agencies.ts";
import { fallback } from "./features/fallback.ts";
import { help } from "./features/help.ts";
import { invite } from "./features/invite.ts";
import { lang } from "./features/lang.ts";
import { me } from "./features/me.ts";
import { correct } from "./features/correct.ts";
import { summary } from "./features/summary.ts";
import { exportFiles } from "./features/export.ts";
import { history } from "./features/history.ts";
import { reminders } from "./features/reminders.ts";
import { report } from "./features/report.ts";
import { revoke } from "./features/revoke.ts";
import { start } from "./features/start.ts";
import { subscribe } from "./features/subscribe.ts";
import { tasks } from "./features/tasks.ts";
import { replyToError } from "./middlewares/error-boundary.ts";
import { loadActor } from "./middlewares/load-actor.ts";
import { processOnce } from "./middlewares/process-once.ts";

export interface CreateBotOptions {
  token: string;
  apiRoot: string;
  deps: BotDeps;
  /** Skips getMe (tests and benchmarks that know the bot). */
  botInfo?: UserFromGetMe;
}

export function createBot({ token, apiRoot, deps, botInfo }: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: { apiRoot }, ...(botInfo ? { botInfo } : {}) });
  // Retries 429 after `retry_after`, 5xx and network errors, a bounded number of times.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  const i18n = new I18n<BotContext>({
    defaultLocale: deps.defaultLocale,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx) => {
      // Members carry their language; only people not registered yet cost a lookup.
      if (ctx.actor) return ctx.actor.locale ?? deps.defaultLocale;
      if (ctx.from === undefined) return deps.defaultLocale;
      const chosen = await getAccountLocale(deps, "telegram", String(ctx.from.id)).catch((err: unknown) => {
        deps.logger.warn({ err }, "locale lookup failed");
        return null;
      });
      if (chosen !== null) return chosen;
      return ctx.from.language_code?.startsWith("en") ? "en" : deps.defaultLocale;
    },
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
    loadActor,
    i18n,
    start,
    help,
    me,
    tasks,
    agencies,
    invite,
    revoke,
    lang,
    subscribe,
    reminders,
    report,
    history,
    correct,
    summary,
    exportFiles,
    fallback,
  );
  bot.catch((err) =>
    deps.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, "unhandled bot error"),
  );
  return bot;
}
