// The CLI's command tree, with commander's help and errors in the person's language.
import { Command } from "commander";
import type { Translate } from "../i18n/translator.ts";
import type { CliContext } from "./cli-context.ts";
import { registerAgencyCommands } from "./agency-commands.ts";
import { registerDbCommands } from "./db-commands.ts";
import { registerOutboxCommands } from "./outbox-commands.ts";
import { registerPeopleCommands } from "./people-commands.ts";
import { registerPlanCommands } from "./plan-commands.ts";
import { registerReminderCommands } from "./reminder-commands.ts";
import { registerReplyCommands } from "./reply-commands.ts";
import { registerExportCommands, registerSummaryCommands } from "./summary-commands.ts";

const TITLES: Record<string, string> = {
  "Usage:": "cli-help-usage",
  "Options:": "cli-help-options",
  "Commands:": "cli-help-commands",
  "Arguments:": "cli-help-arguments",
  "Global Options:": "cli-help-global-options",
};

export function createProgram(ctx: CliContext): Command {
  const t: Translate = ctx.t;
  const program = new Command("tiendo")
    .configureHelp({
      styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
      styleUsage: (usage: string) =>
        usage
          .replace("[options]", t("cli-help-options-token"))
          .replace("[command]", t("cli-help-command-token")),
      styleSubcommandTerm: (term: string) => term.replace("[options]", t("cli-help-options-token")),
    })
    .helpOption("-h, --help", t("cli-desc-help"))
    .helpCommand(`help [${t("cli-arg-command")}]`, t("cli-desc-help"))
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      // Commander's English error lines are replaced by the boundary's localised sentence.
      outputError: () => undefined,
    })
    .exitOverride()
    .description(t("cli-desc-program"))
    .option("--lang <vi|en>", t("cli-desc-lang"));
  registerPlanCommands(program, ctx);
  registerDbCommands(program, ctx);
  registerPeopleCommands(program, ctx);
  registerAgencyCommands(program, ctx);
  registerReminderCommands(program, ctx);
  registerReplyCommands(program, ctx);
  registerSummaryCommands(program, ctx);
  registerExportCommands(program, ctx);
  registerOutboxCommands(program, ctx);
  return program;
}
