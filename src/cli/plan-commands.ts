import type { Command } from "commander";
import { formatLocalDate } from "../domain/format-date.ts";
import { planView } from "../domain/plan/plan-tree.ts";
import { AppError } from "../services/app-error.ts";
import { importPlanFile } from "../services/plan/import-plan-file.ts";
import { listPeriods } from "../services/plan/list-periods.ts";
import { loadPlanModel } from "../services/plan/load-plan-model.ts";
import { readPlanSource } from "../services/plan/read-plan-source.ts";
import type { CliContext } from "./cli-context.ts";
import { onFile } from "./file-error.ts";
import { registerPlanDraftCommand } from "./plan-draft-command.ts";
import { registerPlanLifecycleCommands } from "./plan-lifecycle-commands.ts";
import { changeLine } from "./format-change.ts";
import { periodName } from "./period-name.ts";
import { bindingLines, refusalLine, treeText, validationJson, validationText } from "./format-plan.ts";

export function registerPlanCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const fileArg = `<${t("cli-arg-file")}>`;
  const plan = program.command("plan").description(t("cli-desc-plan"));
  registerPlanDraftCommand(plan, ctx);
  registerPlanLifecycleCommands(plan, ctx);

  plan
    .command(`validate ${fileArg}`)
    .description(t("cli-desc-plan-validate"))
    .option("--json", t("cli-desc-json"))
    .action(async (file: string, opts: { json?: boolean }) => {
      const { reading } = await onFile(file, () =>
        readPlanSource(file, { defaultTimezone: ctx.config.TZ_PLAN }),
      );
      ctx.print(
        opts.json
          ? JSON.stringify(validationJson(t, reading), null, 2)
          : validationText(t, file, reading, ctx.locale),
      );
      ctx.exitCode(reading.ok ? 0 : 1);
    });

  plan
    .command(`import ${fileArg}`)
    .description(t("cli-desc-plan-import"))
    .option("--dry-run", t("cli-desc-dry-run"))
    .option("--draft", t("cli-desc-plan-import-draft"))
    .option("--json", t("cli-desc-json"))
    .action(async (file: string, opts: { dryRun?: boolean; draft?: boolean; json?: boolean }) => {
      // Read the file first: a typo in its name is told before the database is touched.
      await onFile(file, () => readPlanSource(file));
      await ctx.withDb(opts.dryRun ? "read" : "write", async (deps) => {
        const result = await onFile(file, () =>
          importPlanFile(deps, {
            file,
            dryRun: opts.dryRun ?? false,
            defaultTimezone: ctx.config.TZ_PLAN,
            status: opts.draft ? "draft" : "active",
          }),
        );
        if (result.kind === "invalid") {
          ctx.print(
            opts.json
              ? JSON.stringify(validationJson(t, result.source.reading), null, 2)
              : validationText(t, file, result.source.reading, ctx.locale),
          );
          return ctx.exitCode(1);
        }
        const format = { t, locale: ctx.locale, timezone: ctx.config.TZ_PLAN };
        const lines = [
          ...result.changes.map((c) => changeLine(format, c)),
          ...(result.changes.some((c) => c.entity === "agency") ? bindingLines(t, result.agencies) : []),
          ...result.refusals.map((r) => refusalLine(t, r)),
        ];
        const count = { changes: result.changes.length, code: result.planCode };
        if (result.refusals.length === 0) {
          lines.push(
            result.changes.length === 0
              ? t("plan-import-nothing")
              : t(result.applied ? "plan-import-done" : "plan-import-dry-run", count),
          );
        }
        ctx.print(
          opts.json
            ? JSON.stringify(
                {
                  ok: result.refusals.length === 0,
                  applied: result.applied,
                  plan: result.planCode,
                  changes: result.changes.map((c) => ({
                    kind: c.kind,
                    entity: c.entity,
                    key: c.key,
                    fields: c.fields,
                    message: changeLine(format, c),
                  })),
                  agencies: result.agencies,
                  refusals: result.refusals.map((r) => ({
                    entity: r.entity,
                    ...r.params,
                    message: refusalLine(t, r),
                  })),
                },
                null,
                2,
              )
            : lines.join("\n"),
        );
        ctx.exitCode(result.refusals.length === 0 ? 0 : 1);
      });
    });

  plan
    .command("show")
    .description(t("cli-desc-plan-show"))
    .option(`--plan <${t("cli-arg-code")}>`, t("cli-desc-plan-code"))
    .option("--json", t("cli-desc-json"))
    .action(async (opts: { plan?: string; json?: boolean }) => {
      await ctx.withDb("read", async (deps) => {
        const plans = await deps.db.plan.findMany({
          orderBy: { importedAt: "desc" },
          select: { code: true },
        });
        if (plans.length === 0) throw new AppError("no-plan");
        const wanted = opts.plan?.trim();
        const code =
          wanted === undefined
            ? plans[0]?.code
            : plans.find((p) => p.code.toLowerCase() === wanted.toLowerCase())?.code;
        const model = code === undefined ? null : await loadPlanModel(deps, code);
        if (model === null) {
          throw new AppError("unknown-plan", {
            code: wanted ?? "",
            plans: plans.map((p) => p.code).join(", "),
          });
        }
        const view = planView(model);
        ctx.print(opts.json ? JSON.stringify(view, null, 2) : treeText(t, view, ctx.locale));
      });
    });

  plan
    .command("periods")
    .description(t("cli-desc-plan-periods"))
    .option(`--plan <${t("cli-arg-code")}>`, t("cli-desc-plan-choice"))
    .option("--json", t("cli-desc-json"))
    .action(async (opts: { plan?: string; json?: boolean }) => {
      await ctx.withDb("read", async (deps) => {
        const { plan: code, periods } = await listPeriods(deps, opts.plan);
        if (opts.json) {
          const rows = periods.map((p) => ({ ...p, dueAt: p.dueAt.toISOString() }));
          return ctx.print(JSON.stringify({ plan: code, periods: rows }, null, 2));
        }
        ctx.print(
          [
            t("plan-periods-header", { code }),
            ...periods.map((p) =>
              t("plan-periods-row", {
                key: p.key,
                name: periodName(t, p.key),
                from: formatLocalDate(p.startDate, ctx.locale),
                to: formatLocalDate(p.endDate, ctx.locale),
                due: formatLocalDate(p.dueDate, ctx.locale),
              }),
            ),
            t("plan-periods-hint"),
          ].join("\n"),
        );
      });
    });
}
