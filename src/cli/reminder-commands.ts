import type { Command } from "commander";
import { formatInstant } from "../domain/format-date.ts";
import { previewReminders } from "../services/reminder-preview.ts";
import type { CliContext } from "./cli-context.ts";

export function registerReminderCommands(program: Command, ctx: CliContext): void {
  const reminders = program.command("reminders").description("reporting reminders");
  reminders
    .command("preview")
    .description("what a tick at that instant would send (nothing is sent or written)")
    .requiredOption("--at <iso>", "ISO 8601 instant, e.g. 2023-03-08T08:00:00+07:00")
    .option("--json", "print [{ agency, item, period, step, recipient, dueAt }]")
    .action(async (opts: { at: string; json?: boolean }) => {
      const at = new Date(opts.at);
      if (Number.isNaN(at.getTime())) {
        ctx.print(ctx.t("cli-bad-instant", { value: opts.at }));
        return ctx.exitCode(1);
      }
      await ctx.withDb(async (deps) => {
        const rows = await previewReminders(deps, at);
        if (opts.json) return ctx.print(JSON.stringify(rows, null, 2));
        ctx.print(
          rows.length === 0
            ? ctx.t("reminders-preview-none")
            : rows
                .map((r) =>
                  ctx.t("schedule-row", {
                    ...r,
                    at: formatInstant(new Date(r.dueAt), ctx.config.TZ_PLAN, ctx.locale),
                    recipient: r.recipient || "—",
                  }),
                )
                .join("\n"),
        );
      });
    });
}
