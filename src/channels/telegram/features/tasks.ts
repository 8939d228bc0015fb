import { Composer } from "grammy";
import { formatLocalDate } from "../../../domain/format-date.ts";
import { formatMillion } from "../../../domain/money.ts";
import { listTasks } from "../../../services/list-tasks.ts";
import type { BotContext } from "../context.ts";
import { localeOf, replyLong, requireActor } from "./shared.ts";

export const tasks = new Composer<BotContext>();

tasks.command("tasks", async (ctx) => {
  const actor = requireActor(ctx);
  const rows = await listTasks(ctx.deps, actor);
  const locale = await localeOf(ctx);
  const agency = actor.agencyName ?? "";
  if (rows.length === 0) return void (await ctx.reply(ctx.t("tasks-none", { agency })));
  const blocks = rows.map((r) => {
    const lines = [
      ctx.t("tasks-item", { code: r.itemCode, role: ctx.t(`role-${r.role}`), title: r.itemTitle }),
    ];
    if (r.budgetVnd === null) lines.push(ctx.t("tasks-no-budget"));
    else if (r.sharedWith.length > 0) {
      lines.push(
        ctx.t("tasks-budget-shared", {
          amount: formatMillion(r.budgetVnd, locale),
          items: r.sharedWith.join(", "),
        }),
      );
    } else lines.push(ctx.t("tasks-budget", { amount: formatMillion(r.budgetVnd, locale) }));
    if (!r.mustReport) lines.push(ctx.t("tasks-not-reporting"));
    else if (r.next === null) lines.push(ctx.t("tasks-no-next"));
    else {
      lines.push(
        ctx.t("tasks-next", {
          period: `${r.next.label} (${r.next.key})`,
          date: formatLocalDate(r.next.dueDate, locale),
          status: ctx.t(r.next.reported ? "tasks-status-reported" : "tasks-status-missing"),
        }),
      );
    }
    if (r.mustReport && r.overdue.length > 0) {
      lines.push(
        ctx.t("tasks-overdue", {
          periods: r.overdue.map((p) => `${p.key} (${formatLocalDate(p.dueDate, locale)})`).join(", "),
        }),
      );
    }
    return lines.join("\n");
  });
  await replyLong(ctx, [ctx.t("tasks-header", { agency, count: rows.length }), ...blocks].join("\n\n"));
});
