import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { summaryJson } from "../domain/summary/summary-json.ts";
import { summaryText } from "../reports/summary-text.ts";
import { EXPORT_FORMATS, exportPeriodFiles, type ExportFormat } from "../services/export-period.ts";
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
        const { summary: s } = await summarizePlan(deps, { actor: "system", periodKey: opts.period });
        ctx.print(
          opts.json ? JSON.stringify(summaryJson(s), null, 2) : summaryText(ctx.t, s, ctx.locale).join("\n"),
        );
      });
    });
}

export function registerExportCommands(program: Command, ctx: CliContext): void {
  program
    .command("export")
    .description(
      "write the period's summary as an XLSX workbook, the report draft (DOCX or PDF) or a PNG chart",
    )
    .option("--period <key>", "period key, e.g. 2023-Q1 (default: the latest past deadline)")
    .addOption(
      new Option("--format <format>", EXPORT_FORMATS.join(", "))
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .requiredOption("--out <file>", "where to write the file")
    .action(async (opts: { period?: string; format: ExportFormat; out: string }) => {
      await ctx.withDb(async (deps) => {
        const {
          files: [file],
          notices,
        } = await exportPeriodFiles(deps, {
          actor: "system",
          periodKey: opts.period,
          formats: [opts.format],
          t: ctx.t,
          locale: ctx.locale,
          timezone: ctx.config.TZ_PLAN,
        });
        for (const notice of notices) ctx.print(notice);
        if (!file) return ctx.exitCode(1);
        await writeFile(opts.out, file.bytes);
        ctx.print(
          ctx.t("export-written", { file: opts.out, bytes: String(file.bytes.length), key: file.periodKey }),
        );
      });
    });
}
