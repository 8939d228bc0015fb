// The rows of the report's appendices, from the summary and its snapshot (pure arithmetic):
// by agency (items to report, reports, on time, days late) and by capital type.
import type { Summary } from "../domain/summary/compute-summary.ts";

export interface AgencyAppendixRow {
  code: string;
  name: string;
  expected: number;
  received: number;
  onTime: number;
  /** Reports late or missing, and the most days late among them (0: none). */
  lateCount: number;
  maxDaysLate: number;
}

export function agencyAppendix(s: Summary): AgencyAppendixRow[] {
  return s.agencies.map((a) => {
    const late = s.late.filter((l) => l.agency === a.code);
    return {
      code: a.code,
      name: a.name,
      expected: a.expected,
      received: a.received,
      onTime: a.onTime,
      lateCount: late.length,
      maxDaysLate: Math.max(0, ...late.map((l) => l.daysLate ?? 0)),
    };
  });
}

export interface CapitalAppendix {
  investment: { allocated: bigint; disbursed: bigint };
  recurrent: { allocated: bigint; disbursed: bigint };
  /** Disbursement reported as a total only, not split by capital type. */
  unsplit: bigint;
  total: { allocated: bigint; disbursed: bigint };
}

/** Disbursement by capital type as reported (cumulative, each item's latest figures, the lead's first). */
export function capitalAppendix(s: Summary): CapitalAppendix {
  const { investment, recurrent } = s.disbursedSplit;
  const unsplit = s.disbursed - investment - recurrent;
  return {
    investment: { allocated: s.allocated.investment, disbursed: investment },
    recurrent: { allocated: s.allocated.recurrent, disbursed: recurrent },
    unsplit: unsplit > 0n ? unsplit : 0n,
    total: { allocated: s.allocated.total, disbursed: s.disbursed },
  };
}
