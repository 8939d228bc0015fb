// The CLI's composition root: `npm run -s cli -- <command>` (also the package's bin).
import { ConfigError, createConfig, loadDotEnv, type TConfig } from "../config/config.ts";
import { describeConfigError } from "../config/describe-config-error.ts";
import { localeOr, translator, type Locale } from "../i18n/translator.ts";
import { createLogger } from "../logging/create-logger.ts";
import { prepareDatabase } from "../db/prepare-database.ts";
import { systemClock } from "../services/service-deps.ts";
import type { CliContext } from "./cli-context.ts";
import { createProgram } from "./create-program.ts";
import { describeCliError, reportCliError } from "./report-cli-error.ts";

/** `--lang en` (or `--lang=en`) anywhere on the line, else DEFAULT_LOCALE, else Vietnamese. */
function localeOf(argv: string[]): Locale {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = at < 0 ? process.env.DEFAULT_LOCALE : (argv[at]?.split("=")[1] ?? argv[at + 1]);
  return localeOr(value);
}

async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  const locale = localeOf(argv);
  const t = translator(locale);
  const json = argv.includes("--json");
  let config: TConfig;
  try {
    config = createConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const message = describeConfigError(t, e);
    return reportCliError({ code: "config-invalid", message }, json);
  }
  const logger = createLogger(config.LOG_LEVEL, [config.TELEGRAM_BOT_TOKEN, config.WEBHOOK_SECRET]);
  let code = 0;
  const ctx: CliContext = {
    config,
    locale,
    t,
    logger,
    print: (text) => process.stdout.write(`${text}\n`),
    exitCode: (c) => {
      code = c;
    },
    withDb: async (access, work) => {
      const started = performance.now();
      const { db, checkMs } = await prepareDatabase(config.DATABASE_URL, access);
      const openMs = Math.round(performance.now() - started);
      try {
        await work({ db, clock: systemClock });
      } finally {
        await db.$disconnect();
        logger.debug(
          { access, checkMs, openMs, dbMs: Math.round(performance.now() - started) },
          "database work done",
        );
      }
    },
  };
  try {
    await createProgram(ctx).parseAsync(argv, { from: "user" });
  } catch (e) {
    const exit = (e as { code?: unknown; exitCode?: number }).exitCode;
    const helpCode = (e as { code?: unknown }).code;
    if (helpCode === "commander.helpDisplayed" || helpCode === "commander.version") return exit ?? 0;
    if (helpCode === "commander.help" || helpCode === "commander.executeSubCommandAsync") return exit ?? 0;
    return reportCliError(describeCliError(t, e, logger), json);
  }
  return code;
}

// The schema engine never closes its connections: exit explicitly once the command is done.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Only a failure before the boundary exists (reading .env): one line, no stack.
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
