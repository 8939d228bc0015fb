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
