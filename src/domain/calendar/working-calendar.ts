import { DateTime } from "luxon";
import type { TDeadlineShift } from "../plan/plan-file-schema.ts";

export interface WorkingCalendar {
  timezone: string;
  /** ISO weekdays that are working days (1 = Monday). */
  workingDays: number[];
  /** Local dates "YYYY-MM-DD". */
  holidays: ReadonlySet<string>;
}

export function isWorkingDay(cal: WorkingCalendar, date: string): boolean {
  const d = DateTime.fromISO(date, { zone: cal.timezone });
  return cal.workingDays.includes(d.weekday) && !cal.holidays.has(date);
}

/** Moves a deadline off weekends and holidays by the plan's rule. */
export function shiftDeadline(cal: WorkingCalendar, date: string, rule: TDeadlineShift): string {
  if (rule === "none") return date;
  const step = rule === "previous-working-day" ? -1 : 1;
  let d = DateTime.fromISO(date, { zone: cal.timezone });
  for (let guard = 0; guard < 366 && !isWorkingDay(cal, d.toISODate() ?? date); guard++) {
    d = d.plus({ days: step });
  }
  return d.toISODate() ?? date;
}

/** The last instant of a local date: a report is on time until the end of its due day. */
export function endOfLocalDay(date: string, timezone: string): Date {
  return DateTime.fromISO(date, { zone: timezone }).endOf("day").toJSDate();
}

/** Every local date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let d = DateTime.fromISO(from, { zone: "utc" });
  const end = DateTime.fromISO(to, { zone: "utc" });
  while (d <= end && out.length < 400) {
    out.push(d.toISODate() ?? "");
    d = d.plus({ days: 1 });
  }
  return out;
}
