import { formatInstant } from "../../domain/format-date.ts";
import { formatMillion } from "../../domain/money.ts";
import { previousYearLine } from "../../reports/year-over-year-text.ts";
import { reportHistory } from "../../services/reporting/report-history.ts";
import { itemPreviousYear } from "../../services/summary/item-previous-year.ts";
import { takePlanCode } from "../plan-argument.ts";
import type { Feature } from "../router.ts";

/** /history <item> [period]: every revision of a report, oldest first. */
export const history: Feature = {
  commands: {
    history: async (turn, args) => {
      const actor = turn.requireActor();
      const { t, locale } = turn;
      const { planCode, rest } = await takePlanCode(turn, args.split(/\s+/).filter(Boolean));
      const [code, periodKey] = rest;
      if (code === undefined) return turn.say(t("history-usage"));
      const h = await reportHistory(turn.deps, {
        actor,
        itemCode: code.toUpperCase(),
        ...(periodKey ? { periodKey } : {}),
        ...(planCode ? { planCode } : {}),
      });
      const period = `${h.period.label} (${h.period.key})`;
      const last = await itemPreviousYear(turn.deps, { actor, itemCode: h.itemCode, planId: h.planId });
      const lastYear = last ? ["", previousYearLine(t, last, locale)] : [];
      if (h.revisions.length === 0)
        return turn.say([t("history-none", { code: h.itemCode, period }), ...lastYear].join("\n"));
      const rows = h.revisions.map((r) => {
        const details = [
          r.progressPermille === null ? null : `${r.progressPermille / 10}%`,
          r.disbursedTotalVnd === null
            ? null
            : t("history-money", { amount: formatMillion(r.disbursedTotalVnd, locale) }),
          r.submittedBy?.fullName ?? null,
        ].filter(Boolean);
        return t("history-row", {
          revision: r.number,
          at: formatInstant(r.submittedAt, turn.deps.timezone, locale),
          late: r.late ? t("history-late") : "",
          status: t(`status-${r.status}`),
          details: details.join(" · "),
        });
      });
      turn.say(
        [
          t("history-header", { code: h.itemCode, period, reference: h.reference ?? "" }),
          ...rows,
          ...lastYear,
        ].join("\n"),
      );
    },
  },
};
