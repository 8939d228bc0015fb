import { DateTime } from "luxon";
import { isWorkingDay, type WorkingCalendar } from "../calendar/working-calendar.ts";

export interface WorkingHours {
  start: string;
  end: string;
}

const at = (date: DateTime, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return date.set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
};

/** The first instant at or after `t` inside working hours on a working day. */
export function nextOpening(t: Date, cal: WorkingCalendar, hours: WorkingHours): Date {
  let d: DateTime = DateTime.fromJSDate(t, { zone: cal.timezone });
  for (let guard = 0; guard < 400; guard++) {
    const day = d.toISODate() ?? "";
    if (isWorkingDay(cal, day)) {
      const open = at(d, hours.start);
      const close = at(d, hours.end);
      if (d < open) return open.toJSDate();
      if (d < close) return d.toJSDate();
    }
    d = at(d.plus({ days: 1 }), "00:00");
  }
  return t;
}

/** A local date plus days, at the opening hour, moved into working time. */
export function stepInstant(
  dueDate: string,
  offsetDays: number,
  cal: WorkingCalendar,
  hours: WorkingHours,
): Date {
  const day = DateTime.fromISO(dueDate, { zone: cal.timezone }).plus({ days: offsetDays });
  return nextOpening(at(day, hours.start).toJSDate(), cal, hours);
}

/** True when `t` is inside working hours on a working day (a reminder may go out now). */
export function isWorkingTime(t: Date, cal: WorkingCalendar, hours: WorkingHours): boolean {
  return nextOpening(t, cal, hours).getTime() === t.getTime();
}

/** The local date of an instant in the calendar's time zone ("YYYY-MM-DD"). */
export function localDateOf(t: Date, cal: Pick<WorkingCalendar, "timezone">): string {
  return DateTime.fromJSDate(t, { zone: cal.timezone }).toISODate() ?? "";
}

/** The first opening on or after the local date `date` (a return from absence, a snooze). */
export function openingOnOrAfter(date: string, cal: WorkingCalendar, hours: WorkingHours): Date {
  return stepInstant(date, 0, cal, hours);
}
