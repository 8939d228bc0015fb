import type { Command } from "commander";
import { summaryJson } from "../domain/summary/summary-json.ts";
import { summaryText } from "../reports/summary-text.ts";
import { summarizePlan } from "../services/summarize-plan.ts";
import type { CliContext } from "./cli-context.ts";

export function registerSummaryCommands(program: Command, ctx: CliContext): void {
  program
    .command("summary")
    .description("where the plan stands for a period (default: the latest past deadline)")
    .option("--period <key>", "period key, e.g. 2023-Q1")
    .option("--json", "print the summary as JSON (money in million VND)")
    .action(async (opts: { period?: string; json?: boolean }) => {
      await ctx.withDb(async (deps) => {
        const s = await summarizePlan(deps, { actor: "system", periodKey: opts.period });
        ctx.print(
          opts.json ? JSON.stringify(summaryJson(s), null, 2) : summaryText(ctx.t, s, ctx.locale).join("\n"),
        );
      });
    });
}
