import { formatLocalDate } from "../../domain/format-date.ts";
import { formatMillion } from "../../domain/money.ts";
import { listTasks, type TaskRow } from "../../services/reporting/list-tasks.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

/**
 * Dates as people read them, kept across turns: a plan has a few dozen deadlines, and formatting
 * one (luxon) costs more than the rest of a task line. Bounded in case of many plans.
 */
const formattedDates = new Map<string, string>();

function date(dueDate: string, locale: string): string {
  const key = `${locale} ${dueDate}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    if (formattedDates.size >= 2000) formattedDates.clear();
    text = formatLocalDate(dueDate, locale);
    formattedDates.set(key, text);
  }
  return text;
}

function taskBlock(turn: Turn, r: TaskRow): string {
  const { t, locale } = turn;
  const lines = [t("tasks-item", { code: r.itemCode, role: t(`role-${r.role}`), title: r.itemTitle })];
  if (r.budgetVnd === null) lines.push(t("tasks-no-budget"));
  else if (r.sharedWith.length > 0) {
    lines.push(
      t("tasks-budget-shared", {
        amount: formatMillion(r.budgetVnd, locale),
        items: r.sharedWith.join(", "),
      }),
    );
  } else lines.push(t("tasks-budget", { amount: formatMillion(r.budgetVnd, locale) }));
  if (!r.mustReport) lines.push(t("tasks-not-reporting"));
  else if (r.next === null) lines.push(t("tasks-no-next"));
  else {
    lines.push(
      t("tasks-next", {
        period: `${r.next.label} (${r.next.key})`,
        date: date(r.next.dueDate, locale),
        status: t(r.next.reported ? "tasks-status-reported" : "tasks-status-missing"),
      }),
    );
  }
  if (r.mustReport && r.overdue.length > 0) {
    lines.push(
      t("tasks-overdue", {
        periods: r.overdue.map((p) => `${p.key} (${date(p.dueDate, locale)})`).join(", "),
      }),
    );
  }
  return lines.join("\n");
}

export const tasks: Feature = {
  commands: {
    tasks: async (turn) => {
      const actor = turn.requireActor();
      const rows = await listTasks(turn.deps, actor);
      const agency = actor.agencyName ?? "";
      if (rows.length === 0) return turn.say(turn.t("tasks-none", { agency }));
      const plans = [...new Map(rows.map((r) => [r.plan.code, r.plan])).values()];
      // One plan: the items. Several: grouped under each plan's name.
      const blocks =
        plans.length === 1
          ? rows.map((r) => taskBlock(turn, r))
          : plans.flatMap((p) => [
              turn.t("tasks-plan-header", { code: p.code, title: p.title }),
              ...rows.filter((r) => r.plan.code === p.code).map((r) => taskBlock(turn, r)),
            ]);
      turn.say([turn.t("tasks-header", { agency, count: rows.length }), ...blocks].join("\n\n"));
    },
  },
};
