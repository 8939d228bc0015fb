import type { Command } from "commander";
import { formatInstant, formatLocalDate } from "../domain/format-date.ts";
import { AppError } from "../services/app-error.ts";
import { markAbsence } from "../services/reminders/mark-absence.ts";
import { matchMember } from "../services/reminders/match-member.ts";
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
        const { rows, opening } = await previewReminders(deps, at, opts.plan);
        if (opts.json) return ctx.print(JSON.stringify(opening ? { rows, opening } : rows, null, 2));
        ctx.print(
          opening !== null
            ? t("reminders-preview-closed", { at: formatInstant(opening, ctx.config.TZ_PLAN, ctx.locale) })
            : rows.length === 0
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

  // `member away` sits with the people commands (registered before this).
  const member = program.commands.find((c) => c.name() === "member") ?? program.command("member");
  member
    .command("away")
    .description(t("cli-desc-member-away"))
    .argument(`<${t("cli-arg-name")}>`)
    .argument(`<${t("cli-arg-from-date")}>`)
    .argument(`[${t("cli-arg-to-date")}]`)
    .action(async (who: string, from: string, to: string | undefined) => {
      await ctx.withDb("write", async (deps) => {
        const found = await matchMember(deps, { actor: "system", text: who });
        const [only, ...others] = found;
        if (only === undefined) throw new AppError("member-not-found");
        if (others.length > 0)
          return ctx.print(
            t("away-member-ambiguous", { name: who, names: found.map((m) => m.fullName).join(", ") }),
          );
        const range = to === undefined ? from : `${from} - ${to}`;
        const marked = await markAbsence(deps, { actor: "system", memberId: only.id, range });
        ctx.print(
          t("cli-member-away-done", {
            name: marked.name,
            from: formatLocalDate(marked.fromDate, ctx.locale),
            to: formatLocalDate(marked.toDate, ctx.locale),
          }),
        );
      });
    });
}
