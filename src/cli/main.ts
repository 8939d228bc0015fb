// The CLI's composition root: `npm run -s cli -- <command>` (also the package's bin).
import { Command } from "commander";
import { ConfigError, createConfig, loadDotEnv } from "../config/config.ts";
import { translator, type Locale } from "../i18n/translator.ts";
import { prepareDatabase } from "../services/prepare-database.ts";
import { systemClock } from "../services/service-deps.ts";
import type { CliContext } from "./cli-context.ts";
import { registerDbCommands } from "./db-commands.ts";
import { registerOutboxCommands } from "./outbox-commands.ts";
import { registerPeopleCommands } from "./people-commands.ts";
import { registerPlanCommands } from "./plan-commands.ts";
import { registerReminderCommands } from "./reminder-commands.ts";
import { registerReplyCommands } from "./reply-commands.ts";
import { registerExportCommands, registerSummaryCommands } from "./summary-commands.ts";

async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  let code = 0;
  const langArg = argv.findIndex((a) => a === "--lang");
  const envLocale = process.env.DEFAULT_LOCALE === "en" ? "en" : "vi";
  const locale: Locale = langArg >= 0 && argv[langArg + 1] === "en" ? "en" : langArg >= 0 ? "vi" : envLocale;
  const t = translator(locale);
  let config;
  try {
    config = createConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${t("config-invalid", { variable: e.variable, detail: e.detail })}\n`);
    return 1;
  }
  const ctx: CliContext = {
    config,
    locale,
    t,
    print: (text) => process.stdout.write(`${text}\n`),
    exitCode: (c) => {
      code = c;
    },
    withDb: async (work) => {
      const { db } = await prepareDatabase(config.DATABASE_URL);
      try {
        await work({ db, clock: systemClock });
      } finally {
        await db.$disconnect();
      }
    },
  };
  const program = new Command("tiendo")
    .description("tiendo: keeps a yearly implementation plan moving")
    .option("--lang <locale>", "vi (default) or en")
    .showHelpAfterError()
    .exitOverride();
  registerPlanCommands(program, ctx);
  registerDbCommands(program, ctx);
  registerPeopleCommands(program, ctx);
  registerReminderCommands(program, ctx);
  registerReplyCommands(program, ctx);
  registerSummaryCommands(program, ctx);
  registerExportCommands(program, ctx);
  registerOutboxCommands(program, ctx);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (typeof err.code === "string" && err.code.startsWith("commander.")) return err.exitCode ?? 1;
    process.stderr.write(`${t("cli-error", { detail: err.message ?? String(e) })}\n`);
    return 1;
  }
  return code;
}

// The schema engine never closes its connections: exit explicitly once the command is done.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
