// /summary and /project: the plan's progress for a period, whole or one project.
import { summaryHeader, summaryLate, summaryProjects, summaryText } from "../../reports/summary-text.ts";
import { yearOverYearText } from "../../reports/year-over-year-text.ts";
import { AppError } from "../../services/app-error.ts";
import { resolvePeriodKey } from "../../services/plan/resolve-period-key.ts";
import { compareWithPreviousYear } from "../../services/summary/compare-with-previous-year.ts";
import { summarizePlan } from "../../services/summary/summarize-plan.ts";
import { planArgument } from "../plan-argument.ts";
import type { Feature } from "../router.ts";

export const summary: Feature = {
  commands: {
    summary: async (turn, args) => {
      const actor = turn.requireActor();
      const picked = await planArgument(turn, "summary", args.trim());
      if (picked === null) return;
      const { planCode, rest } = picked;
      const periodKey = await resolvePeriodKey(turn.deps, rest || undefined, planCode);
      const { summary: s, snapshot } = await summarizePlan(turn.deps, { actor, periodKey, planCode });
      const lines = summaryText(turn.t, s, turn.locale);
      const yoy = await compareWithPreviousYear(turn.deps, { actor, planId: snapshot.plan.id, asOf: s.asOf });
      if (yoy) lines.push("", ...yearOverYearText(turn.t, yoy, turn.locale));
      turn.say(lines.join("\n"));
    },
    project: async (turn, args) => {
      const actor = turn.requireActor();
      const picked = await planArgument(turn, "project", args.trim());
      if (picked === null) return;
      const { planCode } = picked;
      const [code, ...period] = picked.rest.toUpperCase().split(/\s+/);
      const periodKey = await resolvePeriodKey(turn.deps, period.join(" ") || undefined, planCode);
      const { summary: s } = await summarizePlan(turn.deps, { actor, periodKey, planCode });
      const rows = s.items.filter((i) => i.code === code || i.code.startsWith(`${code}.`));
      const head = rows[0];
      if (!code || !head) throw new AppError("unknown-project", { code: code ?? "" });
      const lines = [
        turn.t("project-header", { code: head.code, title: head.title }),
        ...summaryHeader(turn.t, s, turn.locale).slice(0, 1),
      ];
      for (const level of ["project", "subproject"]) {
        lines.push(...summaryProjects(turn.t, { ...s, items: rows }, turn.locale, level));
      }
      const late = s.late.filter((l) => l.item === code || l.item.startsWith(`${code}.`));
      if (late.length > 0) lines.push("", ...summaryLate(turn.t, { ...s, late }, turn.locale));
      turn.say(lines.join("\n"));
    },
  },
};
