import type { Command } from "commander";
import { formatInstant } from "../domain/format-date.ts";
import { AppError } from "../services/app-error.ts";
import { previewReminders } from "../services/reminders/reminder-preview.ts";
import type { CliContext } from "./cli-context.ts";
import { reminderStepName } from "./reminder-step-name.ts";

export function registerReminderCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const reminders = program.command("reminders").description(t("cli-desc-reminders"));
  reminders
    .command("preview")
    .description(t("cli-desc-reminders-preview"))
    .requiredOption(`--at <${t("cli-arg-instant")}>`, t("cli-desc-at"))
    .option(`--plan <${t("cli-arg-code")}>`, t("cli-desc-plan-choice"))
    .option("--json", t("cli-desc-json"))
    .action(async (opts: { at: string; plan?: string; json?: boolean }) => {
      const at = new Date(opts.at);
      if (Number.isNaN(at.getTime())) throw new AppError("bad-instant", { value: opts.at });
      await ctx.withDb("read", async (deps) => {
        const rows = await previewReminders(deps, at, opts.plan);
        if (opts.json) return ctx.print(JSON.stringify(rows, null, 2));
        ctx.print(
          rows.length === 0
            ? t("reminders-preview-none")
            : rows
                .map((r) =>
                  t("schedule-row", {
                    ...r,
                    step: reminderStepName(t, r.step),
                    at: formatInstant(new Date(r.dueAt), ctx.config.TZ_PLAN, ctx.locale),
                    recipient: r.recipient || "—",
                  }),
                )
                .join("\n"),
        );
      });
    });
}
