import { DateTime } from "luxon";

/**
 * How late `at` is for a deadline, in whole calendar days of the plan's zone: 0 on the due date,
 * 1 the day after, negative before. The one definition used by reminders, /overdue, summaries
 * and exports, so a reminder saying "due today" and a summary never disagree.
 */
export function daysLate(dueDate: string, at: Date, timezone: string): number {
  const due = DateTime.fromISO(dueDate, { zone: timezone }).startOf("day");
  const day = DateTime.fromJSDate(at, { zone: timezone }).startOf("day");
  return Math.round(day.diff(due, "days").days);
}

/** Every time zone's offset is a multiple of 15 minutes, so one quarter hour is within one local day. */
const QUARTER_HOUR = 900_000;

/**
 * `daysLate` for one deadline and many instants (a summary's thousands of reports): the same
 * answer, computed once per quarter hour instead of once per instant.
 */
export function daysLateCounter(dueDate: string, timezone: string): (at: Date) => number {
  const memo = new Map<number, number>();
  return (at) => {
    const bucket = Math.floor(at.getTime() / QUARTER_HOUR);
    let days = memo.get(bucket);
    if (days === undefined) {
      days = daysLate(dueDate, at, timezone);
      memo.set(bucket, days);
    }
    return days;
  };
}
