import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { summaryJson } from "../domain/summary/summary-json.ts";
import { summaryText } from "../reports/summary-text.ts";
import { exportPeriodFiles } from "../services/summary/export-period.ts";
import { resolvePeriodKey } from "../services/plan/resolve-period-key.ts";
import { summarizePlan } from "../services/summary/summarize-plan.ts";
import type { CliContext } from "./cli-context.ts";
import { exportFormatOf } from "./export-format-of.ts";
import { onFile } from "./file-error.ts";

export function registerSummaryCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command("summary")
    .description(t("cli-desc-summary"))
    .option(`--plan <${t("cli-arg-code")}>`, t("cli-desc-plan-choice"))
    .option(`--period <${t("cli-arg-period")}>`, t("cli-desc-period"))
    .option("--json", t("cli-desc-summary-json"))
    .action(async (opts: { plan?: string; period?: string; json?: boolean }) => {
      await ctx.withDb("read", async (deps) => {
        const periodKey = await resolvePeriodKey(deps, opts.period, opts.plan);
        const { summary: s } = await summarizePlan(deps, { actor: "system", periodKey, planCode: opts.plan });
        ctx.print(
          opts.json ? JSON.stringify(summaryJson(s), null, 2) : summaryText(t, s, ctx.locale).join("\n"),
        );
      });
    });
}

export function registerExportCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command("export")
    .description(t("cli-desc-export"))
    .option(`--plan <${t("cli-arg-code")}>`, t("cli-desc-plan-choice"))
    .option(`--period <${t("cli-arg-period")}>`, t("cli-desc-period"))
    .option(`--format <${t("cli-arg-format")}>`, t("cli-desc-format"))
    .requiredOption(`--out <${t("cli-arg-file")}>`, t("cli-desc-out"))
    .action(async (opts: { plan?: string; period?: string; format?: string; out: string }) => {
      const format = exportFormatOf(opts.format, opts.out);
      await ctx.withDb("read", async (deps) => {
        const periodKey = await resolvePeriodKey(deps, opts.period, opts.plan);
        const {
          files: [file],
          notices,
        } = await exportPeriodFiles(deps, {
          actor: "system",
          periodKey,
          planCode: opts.plan,
          formats: [format],
          t,
          locale: ctx.locale,
          timezone: ctx.config.TZ_PLAN,
        });
        for (const notice of notices) ctx.print(notice);
        if (!file) return ctx.exitCode(1);
        await onFile(opts.out, () => writeFile(opts.out, file.bytes));
        ctx.print(
          t("export-written", { file: opts.out, bytes: String(file.bytes.length), key: file.periodKey }),
        );
      });
    });
}
