// Completeness and timeliness of one period, as DHIS2 defines them, and who is late.
// Lateness is measured at the period's own deadline: a late report by how late it arrived (its
// first revision), a missing one by how late it is now, while it can still come in. Once the plan
// is closed or the reminders' catch-up window is over, a missing report is "not reported" (with
// its deadline), not a count of days growing with the day someone looks.
import { daysLateCounter } from "../calendar/days-late.ts";
import type { AgencyRow, LateRow } from "./compute-summary.ts";
import type { SummarySnapshot } from "./summary-types.ts";

/** `localeCompare` as one collator: the default one it builds per call made the sort a cost of its own. */
export const byText = new Intl.Collator().compare;

export const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function countReceipts(s: SummarySnapshot) {
  const dueAt = s.period.dueAt.getTime();
  const daysAfter = daysLateCounter(s.period.dueDate, s.plan.timezone);
  const lateBy = (at: Date) => Math.max(1, daysAfter(at));
  const settled = s.plan.closed || s.now.getTime() >= s.period.catchUpEndsAt.getTime();
  const firstOf = new Map<string, Date>();
  for (const r of s.reports) {
    const first = r.revisions[0];
    if (r.periodKey === s.period.key && first) firstOf.set(r.assignmentId, first.submittedAt);
  }
  const agencies = new Map<string, AgencyRow>(
    s.agencies.map((a) => [
      a.code,
      {
        code: a.code,
        name: a.name,
        expected: 0,
        received: 0,
        onTime: 0,
        completeness: null,
        timeliness: null,
      },
    ]),
  );
  const late: LateRow[] = [];
  const totals = { expected: 0, received: 0, onTime: 0 };
  const overdue = s.now.getTime() > dueAt;
  for (const a of s.assignments) {
    const row = agencies.get(a.agencyCode);
    totals.expected++;
    if (row) row.expected++;
    const first = firstOf.get(a.id);
    const { agencyCode: agency, itemCode: item, id: assignmentId } = a;
    if (first === undefined) {
      if (overdue)
        late.push(
          settled
            ? { agency, item, assignmentId, kind: "unreported", daysLate: null }
            : { agency, item, assignmentId, kind: "missing", daysLate: lateBy(s.now) },
        );
      continue;
    }
    totals.received++;
    if (row) row.received++;
    if (first.getTime() <= dueAt) {
      totals.onTime++;
      if (row) row.onTime++;
    } else late.push({ agency, item, assignmentId, kind: "late", daysLate: lateBy(first) });
  }
  for (const r of agencies.values()) {
    r.completeness = ratio(r.received, r.expected);
    r.timeliness = ratio(r.onTime, r.expected);
  }
  const weight = (l: LateRow) => l.daysLate ?? Number.POSITIVE_INFINITY;
  late.sort((a, b) => weight(b) - weight(a) || byText(a.agency, b.agency));
  return { ...totals, agencies: [...agencies.values()].filter((a) => a.expected > 0), late };
}
