import { Composer } from "grammy";
import { formatInstant } from "../../../domain/format-date.ts";
import { AppError } from "../../../services/app-error.ts";
import { findReminderTarget } from "../../../services/find-reminder-target.ts";
import { pauseReminders, resumeReminders } from "../../../services/pause-reminders.ts";
import { upcomingSchedule } from "../../../services/reminder-preview.ts";
import { snoozeReminder } from "../../../services/snooze-reminder.ts";
import type { BotContext } from "../context.ts";
import { onCallback } from "./on-callback.ts";
import { startGuidedReport } from "./report-wizard.ts";
import { localeOf, replyLong, requireActor } from "./shared.ts";
import { can } from "../../../domain/access/roles.ts";

export const reminders = new Composer<BotContext>();

onCallback(reminders, "rem-snooze", async (ctx, data) => {
  const result = await snoozeReminder(ctx.deps, { actor: requireActor(ctx), outboxId: data.id });
  const text =
    result.kind === "snoozed"
      ? ctx.t("reminder-snoozed", { at: formatInstant(result.until, ctx.deps.timezone, await localeOf(ctx)) })
      : ctx.t(result.kind === "reported" ? "reminder-already-reported" : "reminder-too-many-snoozes");
  await ctx.answerCallbackQuery({ text });
  await ctx.reply(text);
});

onCallback(reminders, "rem-now", async (ctx, data) => {
  const actor = requireActor(ctx);
  const target = await findReminderTarget(ctx.deps, { memberId: actor.memberId, outboxId: data.id });
  if (target === null) throw new AppError("forbidden");
  await startGuidedReport(ctx, target);
});

reminders.command("schedule", async (ctx) => {
  const actor = requireActor(ctx);
  if (!can(actor, "reminders.manage")) throw new AppError("forbidden");
  const now = ctx.deps.clock.now();
  const { queued, planned, failed } = await upcomingSchedule(
    ctx.deps,
    new Date(now.getTime() + 7 * 86_400_000),
  );
  const failures = failed > 0 ? ["", ctx.t("schedule-failed", { count: failed })] : [];
  if (queued.length + planned.length === 0)
    return void (await ctx.reply([ctx.t("schedule-none"), ...failures].join("\n")));
  const locale = await localeOf(ctx);
  const row = (r: (typeof queued)[number]) =>
    ctx.t("schedule-row", {
      ...r,
      at: formatInstant(new Date(r.dueAt), ctx.deps.timezone, locale),
      recipient: r.recipient || "—",
    });
  const lines = [ctx.t("schedule-header")];
  if (queued.length > 0) lines.push("", ctx.t("schedule-queued"), ...queued.map(row));
  if (planned.length > 0) lines.push("", ctx.t("schedule-planned"), ...planned.map(row));
  lines.push(...failures);
  await replyLong(ctx, lines.join("\n"));
});

reminders.command(["pause", "resume"], async (ctx) => {
  const actor = requireActor(ctx);
  if (!can(actor, "reminders.manage")) throw new AppError("forbidden");
  const code = ctx.match.trim();
  if (code === "") return void (await ctx.reply(ctx.t("pause-usage")));
  if (ctx.message?.text?.startsWith("/pause")) {
    const r = await pauseReminders(ctx.deps, { actor, code });
    return void (await ctx.reply(ctx.t(r.already ? "pause-already" : "pause-done", { target: r.label })));
  }
  const r = await resumeReminders(ctx.deps, { actor, code });
  await ctx.reply(ctx.t(r.wasPaused ? "resume-done" : "resume-not-paused", { target: r.label }));
});
