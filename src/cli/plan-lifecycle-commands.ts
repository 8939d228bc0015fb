// `plan list`, `plan activate`, `plan close`: several plans at once, each with its status.
import type { Command } from "commander";
import { formatMillion } from "../domain/money.ts";
import { listPlans } from "../services/plan/list-plans.ts";
import { setPlanStatus } from "../services/plan/set-plan-status.ts";
import type { CliContext } from "./cli-context.ts";

export function registerPlanLifecycleCommands(plan: Command, ctx: CliContext): void {
  const { t } = ctx;

  plan
    .command("list")
    .description(t("cli-desc-plan-list"))
    .option("--json", t("cli-desc-json"))
    .action(async (opts: { json?: boolean }) => {
      await ctx.withDb("read", async (deps) => {
        const rows = await listPlans(deps, "system");
        if (opts.json) {
          const json = rows.map((r) => ({
            ...r,
            totalVnd: r.totalVnd.toString(),
            activatedAt: r.activatedAt?.toISOString() ?? null,
            closedAt: r.closedAt?.toISOString() ?? null,
            importedAt: r.importedAt.toISOString(),
          }));
          return ctx.print(JSON.stringify(json, null, 2));
        }
        if (rows.length === 0) return ctx.print(t("plan-list-empty"));
        ctx.print(
          rows
            .map((r) =>
              t("plan-list-row", {
                code: r.code,
                status: t(`plan-status-${r.status}`),
                year: String(r.year),
                program: r.programName,
                total: formatMillion(r.totalVnd, ctx.locale),
                items: r.items,
                agencies: r.agencies,
                assignments: r.assignments,
                reports: r.reports,
              }),
            )
            .join("\n"),
        );
      });
    });

  for (const status of ["active", "closed"] as const) {
    plan
      .command(`${status === "active" ? "activate" : "close"} <${t("cli-arg-code")}>`)
      .description(t(status === "active" ? "cli-desc-plan-activate" : "cli-desc-plan-close"))
      .action(async (code: string) => {
        await ctx.withDb("write", async (deps) => {
          const r = await setPlanStatus(deps, { actor: "system", code, status });
          ctx.print(
            t(status === "active" ? "plan-activated" : "plan-closed", {
              code: r.code,
              cancelled: r.cancelled,
            }),
          );
        });
      });
  }
}
