// `agency rename` and `agency merge`: the organisation's registry changes as departments do.
import type { Command } from "commander";
import { mergeAgencies } from "../services/agencies/merge-agencies.ts";
import { renameAgency } from "../services/agencies/rename-agency.ts";
import type { CliContext } from "./cli-context.ts";

export function registerAgencyCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const agency = program.command("agency").description(t("cli-desc-agency-group"));

  agency
    .command(`rename <${t("cli-arg-code")}> <${t("cli-arg-name")}>`)
    .description(t("cli-desc-agency-rename"))
    .option("--dry-run", t("cli-desc-dry-run"))
    .action(async (code: string, name: string, opts: { dryRun?: boolean }) => {
      await ctx.withDb(opts.dryRun ? "read" : "write", async (deps) => {
        const r = await renameAgency(deps, { actor: "system", code, name, dryRun: opts.dryRun ?? false });
        const key =
          r.before === r.after
            ? "agency-rename-same"
            : r.applied
              ? "agency-rename-done"
              : "agency-rename-dry-run";
        ctx.print(t(key, { code: r.code, before: r.before, after: r.after }));
      });
    });

  agency
    .command(`merge <${t("cli-arg-from")}> <${t("cli-arg-into")}>`)
    .description(t("cli-desc-agency-merge"))
    .option("--dry-run", t("cli-desc-dry-run"))
    .action(async (from: string, into: string, opts: { dryRun?: boolean }) => {
      // A dry run rolls its transaction back, so it opens the database for writing.
      await ctx.withDb("write", async (deps) => {
        const r = await mergeAgencies(deps, { actor: "system", from, into, dryRun: opts.dryRun ?? false });
        ctx.print(
          t(r.applied ? "agency-merge-done" : "agency-merge-dry-run", {
            from: `${r.from.code} (${r.from.name})`,
            into: `${r.into.code} (${r.into.name})`,
            members: r.members,
            assignments: r.assignments,
            invites: r.invites,
            kept: r.kept,
          }),
        );
      });
    });
}
