import type { Command } from "commander";
import { planView } from "../domain/plan/plan-tree.ts";
import { importPlanFile } from "../services/import-plan-file.ts";
import { loadPlanModel } from "../services/load-plan-model.ts";
import { readPlanSource } from "../services/read-plan-source.ts";
import type { CliContext } from "./cli-context.ts";
import { registerPlanDraftCommand } from "./plan-draft-command.ts";
import { changeLine, refusalLine, treeText, validationJson, validationText } from "./format-plan.ts";

export function registerPlanCommands(program: Command, ctx: CliContext): void {
  const plan = program.command("plan").description("validate, import and show a plan file");
  registerPlanDraftCommand(plan, ctx);

  plan
    .command("validate <file>")
    .description("check a plan file: sums, codes, agencies; gaps as warnings")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: { json?: boolean }) => {
      const { reading } = await readPlanSource(file, { defaultTimezone: ctx.config.TZ_PLAN });
      ctx.print(
        opts.json
          ? JSON.stringify(validationJson(ctx.t, reading), null, 2)
          : validationText(ctx.t, file, reading, ctx.locale),
      );
      ctx.exitCode(reading.ok ? 0 : 1);
    });

  plan
    .command("import <file>")
    .description("import a plan file into the database (idempotent)")
    .option("--dry-run", "print what would change, write nothing")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      await ctx.withDb(async (deps) => {
        const result = await importPlanFile(deps, {
          file,
          dryRun: opts.dryRun ?? false,
          defaultTimezone: ctx.config.TZ_PLAN,
        });
        if (result.kind === "invalid") {
          ctx.print(
            opts.json
              ? JSON.stringify(validationJson(ctx.t, result.source.reading), null, 2)
              : validationText(ctx.t, file, result.source.reading, ctx.locale),
          );
          return ctx.exitCode(1);
        }
        const lines = [
          ...result.changes.map((c) => changeLine(ctx.t, c)),
          ...result.refusals.map((r) => refusalLine(ctx.t, r)),
        ];
        const count = { changes: result.changes.length, code: result.planCode };
        if (result.refusals.length === 0) {
          lines.push(
            result.changes.length === 0
              ? ctx.t("plan-import-nothing")
              : ctx.t(result.applied ? "plan-import-done" : "plan-import-dry-run", count),
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
                  })),
                  refusals: result.refusals.map((r) => ({
                    entity: r.entity,
                    ...r.params,
                    message: refusalLine(ctx.t, r),
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
    .description("the item tree with budgets and lead agencies; agencies with their items")
    .option("--plan <code>", "plan code (default: the only or latest plan)")
    .option("--json", "print one JSON object")
    .action(async (opts: { plan?: string; json?: boolean }) => {
      await ctx.withDb(async (deps) => {
        const code =
          opts.plan ??
          (await deps.db.plan.findFirst({ orderBy: { importedAt: "desc" }, select: { code: true } }))?.code;
        const model = code === undefined ? null : await loadPlanModel(deps, code);
        if (model === null) {
          ctx.print(ctx.t("plan-show-none"));
          return ctx.exitCode(1);
        }
        const view = planView(model);
        ctx.print(opts.json ? JSON.stringify(view, null, 2) : treeText(ctx.t, view, ctx.locale));
      });
    });
}
