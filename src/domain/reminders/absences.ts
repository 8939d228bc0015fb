// Absences (vacation mode): a member away for a range of local dates gets no reminders; the
// agency's other focal points, or its leaders when there is none, get them instead.
import { DateTime } from "luxon";

export interface AbsenceSpan {
  memberId: string;
  /** Local dates "YYYY-MM-DD", both included. */
  fromDate: string;
  toDate: string;
}

/** The absence covering `date` for the member, if any. */
export function awayOn(
  absences: readonly AbsenceSpan[],
  memberId: string,
  date: string,
): AbsenceSpan | undefined {
  return absences.find((a) => a.memberId === memberId && a.fromDate <= date && date <= a.toDate);
}

export type AbsenceRange = { kind: "ok"; fromDate: string; toDate: string } | { kind: "bad" };

const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/;

/**
 * "10/07 - 21/07", "10/07/2023-21/07/2023", "10/07" (one day): a range of local dates. A date
 * without a year is the next such date from `today` (so in December, "05/01" is next January);
 * a range wholly in the past or ending before it starts is refused.
 */
export function parseAbsenceRange(text: string, today: string): AbsenceRange {
  const parts = text.split(/\s*(?:-|–|đến|den|to)\s*/i).map((s) => s.trim());
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === "")) return { kind: "bad" };
  const ref = DateTime.fromISO(today);
  const dateOf = (p: string, notBefore: DateTime): DateTime | null => {
    const m = DAY_MONTH.exec(p);
    if (!m) return null;
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = m[3] === undefined ? notBefore.year : Number(m[3]);
    let d = DateTime.fromObject({ year, month, day });
    if (!d.isValid) return null;
    if (m[3] === undefined && d < notBefore.minus({ days: 31 })) d = d.plus({ years: 1 });
    return d;
  };
  const from = dateOf(parts[0] ?? "", ref);
  const to = from && dateOf(parts[1] ?? parts[0] ?? "", from);
  if (!from || !to || to < from || to < ref) return { kind: "bad" };
  return { kind: "ok", fromDate: from.toISODate() ?? "", toDate: to.toISODate() ?? "" };
}
