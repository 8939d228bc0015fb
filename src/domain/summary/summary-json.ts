// The summary as JSON: money in million VND (numbers), ratios as fractions.
import { vndToMillion } from "../money.ts";
import type { Money, Summary } from "./compute-summary.ts";

const money = (m: Money) => ({
  total: vndToMillion(m.total),
  investment: vndToMillion(m.investment),
  recurrent: vndToMillion(m.recurrent),
});

export function summaryJson(s: Summary) {
  return {
    period: s.period.key,
    periodLabel: s.period.label,
    dueDate: s.period.dueDate,
    asOf: s.asOf,
    expected: s.expected,
    received: s.received,
    onTime: s.onTime,
    completeness: s.completeness,
    timeliness: s.timeliness,
    allocated: money(s.allocated),
    declared: {
      total: vndToMillion(s.declared.total),
      investment: vndToMillion(s.declared.investment),
      recurrent: vndToMillion(s.declared.recurrent),
      central: vndToMillion(s.declared.central),
      local: vndToMillion(s.declared.local),
    },
    reconciles: s.reconciles,
    disbursed: vndToMillion(s.disbursed),
    disbursementRate: s.disbursementRate,
    agencies: s.agencies,
    items: s.items.map((i) => ({
      ...i,
      allocated: money(i.allocated),
      disbursed: vndToMillion(i.disbursed),
    })),
    late: s.late.map(({ assignmentId: _id, ...l }) => l),
    notes: s.notes,
    gaps: s.gaps,
    movement: s.movement,
    carried: s.carried.map(({ submittedAt: _at, periodLabel: _label, ...c }) => c),
  };
}
