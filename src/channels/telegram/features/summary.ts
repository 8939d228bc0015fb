import { Composer, InlineKeyboard } from "grammy";
import { formatInstant } from "../../../domain/format-date.ts";
import { can } from "../../../domain/access/roles.ts";
import { AppError } from "../../../services/app-error.ts";
import { resendReminder } from "../../../services/resend-reminder.ts";
import { summarizePlan } from "../../../services/summarize-plan.ts";
import {
  formatPercent,
  summaryHeader,
  summaryLate,
  summaryProjects,
  summaryText,
} from "../../../reports/summary-text.ts";
import { encodeCallback } from "../callback-data/callback-data.ts";
import type { BotContext } from "../context.ts";
import { onCallback } from "./on-callback.ts";
import { localeOf, replyLong, requireActor } from "./shared.ts";

export const summary = new Composer<BotContext>();

const periodArg = (ctx: BotContext) =>
  (typeof ctx.match === "string" ? ctx.match.trim().toUpperCase() : "") || undefined;

summary.command("summary", async (ctx) => {
  const { summary: s } = await summarizePlan(ctx.deps, {
    actor: requireActor(ctx),
    periodKey: periodArg(ctx),
  });
  const t = (k: string, a?: Record<string, string | number>) => ctx.t(k, a);
  await replyLong(ctx, summaryText(t, s, await localeOf(ctx)).join("\n"));
});

summary.command("overdue", async (ctx) => {
  const { summary: s } = await summarizePlan(ctx.deps, {
    actor: requireActor(ctx),
    periodKey: periodArg(ctx),
  });
  if (s.late.length === 0) return void (await ctx.reply(ctx.t("overdue-none", { key: s.period.key })));
  const t = (k: string, a?: Record<string, string | number>) => ctx.t(k, a);
  const kb = new InlineKeyboard();
  // One tap re-sends a reminder, for those who manage reminders.
  const missing = can(requireActor(ctx), "reminders.manage")
    ? s.late.filter((l) => l.kind === "missing").slice(0, 20)
    : [];
  for (const l of missing) {
    kb.text(
      ctx.t("overdue-resend", { agency: l.agency, item: l.item }),
      encodeCallback({ kind: "od-resend", id: l.assignmentId, period: s.period.key }),
    ).row();
  }
  const text = [
    ctx.t("overdue-header", { count: s.late.length, key: s.period.key }),
    ...summaryLate(t, s),
  ].join("\n");
  await ctx.reply(text.slice(0, 4000), missing.length > 0 ? { reply_markup: kb } : {});
});

onCallback(summary, "od-resend", async (ctx, data) => {
  const r = await resendReminder(ctx.deps, {
    actor: requireActor(ctx),
    assignmentId: data.id,
    periodKey: data.period,
  });
  await ctx.reply(
    r.queued > 0
      ? ctx.t("overdue-resent", { count: r.queued, agency: r.agency })
      : ctx.t("overdue-nobody", { agency: r.agency }),
  );
});

summary.command("project", async (ctx) => {
  const [code, period] = (typeof ctx.match === "string" ? ctx.match : "").trim().toUpperCase().split(/\s+/);
  const { summary: s } = await summarizePlan(ctx.deps, {
    actor: requireActor(ctx),
    periodKey: period || undefined,
  });
  const rows = s.items.filter((i) => i.code === code || i.code.startsWith(`${code}.`));
  const head = rows[0];
  if (!code || !head) throw new AppError("unknown-project", { code: code ?? "" });
  const locale = await localeOf(ctx);
  const t = (k: string, a?: Record<string, string | number>) => ctx.t(k, a);
  const lines = [
    ctx.t("project-header", { code: head.code, title: head.title }),
    ...summaryHeader(t, s, locale).slice(0, 1),
  ];
  for (const level of ["project", "subproject"]) {
    lines.push(...summaryProjects(t, { ...s, items: rows }, locale, level));
  }
  const late = s.late.filter((l) => l.item === code || l.item.startsWith(`${code}.`));
  if (late.length > 0) lines.push("", ...summaryLate(t, { ...s, late }));
  await replyLong(ctx, lines.join("\n"));
});

summary.command("agency", async (ctx) => {
  const actor = requireActor(ctx);
  const [code, period] = (typeof ctx.match === "string" ? ctx.match : "").trim().toUpperCase().split(/\s+/);
  const { summary: s, snapshot } = await summarizePlan(ctx.deps, { actor, periodKey: period || undefined });
  const a = s.agencies.find((x) => x.code === code);
  if (!code || !a) throw new AppError("unknown-agency", { code: code ?? "" });
  const locale = await localeOf(ctx);
  const lines = [
    ctx.t("agency-header", {
      code: a.code,
      name: a.name,
      received: a.received,
      expected: a.expected,
      completeness: formatPercent(a.completeness, locale),
      onTime: a.onTime,
    }),
  ];
  for (const asg of snapshot.assignments.filter((x) => x.agencyCode === code)) {
    const report = snapshot.reports.find((r) => r.assignmentId === asg.id && r.periodKey === s.period.key);
    const last = report?.revisions.at(-1);
    const state = last
      ? ctx.t("agency-reported", {
          revision: last.number,
          date: formatInstant(last.submittedAt, ctx.deps.timezone, locale),
          late: report!.revisions[0]!.submittedAt > snapshot.period.dueAt ? ctx.t("history-late") : "",
          progress: last.progressPermille === null ? "—" : `${last.progressPermille / 10}%`,
          status: ctx.t(`status-${last.status}`),
        })
      : ctx.t("agency-missing");
    lines.push(ctx.t("agency-row", { item: asg.itemCode, state }));
  }
  await replyLong(ctx, lines.join("\n"));
});
