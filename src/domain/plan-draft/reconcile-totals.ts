// The declared totals (section IV) against each other and against the budget lines: investment
// + recurrent = total, central + local = total, lines by capital type = declared. A difference is
// reported with where it was read; nothing is adjusted.
import { formatMillion } from "../money.ts";
import type { DraftBudgetLine, DraftTotals, Finding } from "./draft-types.ts";

export function lineSums(lines: DraftBudgetLine[]): { investment: bigint; recurrent: bigint; total: bigint } {
  const investment = lines.reduce((s, l) => s + (l.investment ?? 0n), 0n);
  const recurrent = lines.reduce((s, l) => s + (l.recurrent ?? 0n), 0n);
  return { investment, recurrent, total: investment + recurrent };
}

export function reconcileTotals(totals: DraftTotals, lines: DraftBudgetLine[]): Finding[] {
  const findings: Finding[] = [];
  const m = (v: bigint) => formatMillion(v, "vi");
  for (const key of ["total", "investment", "recurrent", "central", "local"] as const) {
    if (totals[key] === null)
      findings.push({ code: `no-total-${key}`, severity: "gap", source: null, params: {} });
  }
  const sums = lineSums(lines);
  for (const type of ["investment", "recurrent"] as const) {
    const declared = totals[type];
    if (declared !== null && declared.vnd !== sums[type]) {
      findings.push({
        code: `lines-differ-${type}`,
        severity: "inconsistent",
        source: declared.source,
        params: {
          declared: m(declared.vnd),
          lines: m(sums[type]),
          count: lines.filter((l) => l[type] !== null).length,
        },
      });
    }
  }
  const { total, investment, recurrent, central, local } = totals;
  if (
    total !== null &&
    investment !== null &&
    recurrent !== null &&
    investment.vnd + recurrent.vnd !== total.vnd
  ) {
    findings.push({
      code: "total-differs-by-type",
      severity: "inconsistent",
      source: total.source,
      params: {
        total: m(total.vnd),
        investment: m(investment.vnd),
        recurrent: m(recurrent.vnd),
        sum: m(investment.vnd + recurrent.vnd),
      },
    });
  }
  if (total !== null && central !== null && local !== null && central.vnd + local.vnd !== total.vnd) {
    findings.push({
      code: "total-differs-by-source",
      severity: "inconsistent",
      source: total.source,
      params: {
        total: m(total.vnd),
        central: m(central.vnd),
        local: m(local.vnd),
        sum: m(central.vnd + local.vnd),
      },
    });
  }
  if (total !== null && total.vnd !== sums.total && investment === null && recurrent === null) {
    findings.push({
      code: "lines-differ-total",
      severity: "inconsistent",
      source: total.source,
      params: { declared: m(total.vnd), lines: m(sums.total) },
    });
  }
  return findings;
}
