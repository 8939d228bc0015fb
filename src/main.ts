// The composition root: reads config, prepares the database, loads the plan, starts what runs.
// Nothing starts on import of any other module.
import { ConfigError, createConfig, loadDotEnv } from "./config/config.ts";
import { parseDatabaseUrl } from "./db/database-url.ts";
import { formatMillion } from "./domain/money.ts";
import { translator } from "./i18n/translator.ts";
import { createLogger } from "./logging/create-logger.ts";
import { ensurePlanLoaded } from "./services/ensure-plan-loaded.ts";
import { planOverview } from "./services/plan-overview.ts";
import { prepareDatabase } from "./services/prepare-database.ts";
import { systemClock } from "./services/service-deps.ts";

async function main(): Promise<number> {
  loadDotEnv();
  let config;
  try {
    config = createConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const t = translator(process.env.DEFAULT_LOCALE === "en" ? "en" : "vi");
    process.stderr.write(`${t("config-invalid", { variable: e.variable, detail: e.detail })}\n`);
    return 1;
  }
  const t = translator(config.DEFAULT_LOCALE);
  const logger = createLogger(config.LOG_LEVEL);
  const say = (text: string) => process.stdout.write(`${text}\n`);

  const { db, applied } = await prepareDatabase(config.DATABASE_URL);
  try {
    const file = parseDatabaseUrl(config.DATABASE_URL).file;
    if (applied.length > 0) say(t("start-migrated", { count: applied.length, file }));
    const deps = { db, clock: systemClock };
    const loaded = await ensurePlanLoaded(deps, config.PLAN_FILE, config.TZ_PLAN);
    if (loaded.kind === "imported") say(t("start-imported", { code: loaded.code, file: config.PLAN_FILE }));
    if (loaded.kind === "invalid") {
      say(t("plan-validate-failed", { count: loaded.errors }));
      return 1;
    }
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
    logger.debug({ database: file }, "database ready");
    if (config.TELEGRAM_BOT_TOKEN === undefined) {
      say(t("start-need-token"));
      return 0;
    }
    // The Telegram bot arrives with the next issue; until then a token changes nothing.
    say(t("start-need-token"));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
