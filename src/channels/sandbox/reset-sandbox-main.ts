// `npm run sandbox:reset [-- --force]`: empties the local database and imports the bundled plan
// again. Refuses a database that is not a local SQLite file, and one where real people (any
// channel but the sandbox) have joined unless --force. Stop `npm start` first (or use the
// page's button, which does the same in the running sandbox).
import { createConfig, ConfigError, loadDotEnv } from "../../config/config.ts";
import { describeConfigError } from "../../config/describe-config-error.ts";
import { parseDatabaseUrl } from "../../db/database-url.ts";
import { localeOr, translator } from "../../i18n/translator.ts";
import { AppError } from "../../services/app-error.ts";
import { prepareDatabase } from "../../db/prepare-database.ts";
import { resetSandbox } from "../../services/sandbox/sandbox-reset.ts";
import { systemClock } from "../../services/service-deps.ts";

async function main(): Promise<number> {
  loadDotEnv();
  const t = translator(localeOr(process.env.DEFAULT_LOCALE));
  let config;
  try {
    config = createConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${describeConfigError(t, e)}\n`);
    return 1;
  }
  const location = parseDatabaseUrl(config.DATABASE_URL);
  const file = location.label;
  if (location.kind === "sqlite" && file.includes(":memory:")) {
    process.stderr.write(`${t("sandbox-reset-not-local")}\n`);
    return 1;
  }
  const { db } = await prepareDatabase(config.DATABASE_URL);
  try {
    const result = await resetSandbox(
      { db, clock: systemClock },
      { planFile: config.PLAN_FILE, timezone: config.TZ_PLAN, force: process.argv.includes("--force") },
    );
    if (result.kind === "invalid") {
      process.stderr.write(`${t("sandbox-reset-cli-invalid")}\n`);
      return 1;
    }
    const code = result.kind === "imported" ? result.code : "";
    process.stdout.write(`${t("sandbox-reset-cli-done", { file, code })}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    process.stderr.write(`${t(`error-${e.code}`, e.params)}\n`);
    return 1;
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
