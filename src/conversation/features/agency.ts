// /agency <code> [period]: one agency's reports for a period, item by item.
import { formatInstant } from "../../domain/format-date.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import { AppError } from "../../services/app-error.ts";
import { summarizePlan } from "../../services/summary/summarize-plan.ts";
import type { Feature } from "../router.ts";

export const agency: Feature = {
  commands: {
    agency: async (turn, args) => {
      const { t, locale } = turn;
      const [code, period] = args.toUpperCase().split(/\s+/);
      const { summary: s, snapshot } = await summarizePlan(turn.deps, {
        actor: turn.requireActor(),
        periodKey: period || undefined,
      });
      const a = s.agencies.find((x) => x.code === code);
      if (!code || !a) throw new AppError("unknown-agency", { code: code ?? "" });
      const lines = [
        t("agency-header", {
          code: a.code,
          name: a.name,
          received: a.received,
          expected: a.expected,
          completeness: formatPercent(a.completeness, locale),
          onTime: a.onTime,
        }),
      ];
      for (const asg of snapshot.assignments.filter((x) => x.agencyCode === code)) {
        const report = snapshot.reports.find(
          (r) => r.assignmentId === asg.id && r.periodKey === s.period.key,
        );
        const first = report?.revisions[0];
        const last = report?.revisions.at(-1);
        const state =
          first && last
            ? t("agency-reported", {
                revision: last.number,
                date: formatInstant(last.submittedAt, turn.deps.timezone, locale),
                late: first.submittedAt > snapshot.period.dueAt ? t("history-late") : "",
                progress: last.progressPermille === null ? "—" : `${last.progressPermille / 10}%`,
                status: t(`status-${last.status}`),
              })
            : t("agency-missing");
        lines.push(t("agency-row", { item: asg.itemCode, state }));
      }
      turn.say(lines.join("\n"));
    },
  },
};
