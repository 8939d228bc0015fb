// Which digests are due at `now`: the weekly one (default Monday 08:00) and the one the morning
// after each deadline. A digest not sent within a day of its time is skipped (no stale digests).
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { nextOpening } from "../reminders/working-time.ts";

export interface DigestSettings {
  /** ISO weekday of the weekly digest (1 = Monday), or 0 for none. */
  weekday: number;
  /** Local time "HH:mm". */
  time: string;
  afterDeadline: boolean;
}

export interface DueDigest {
  key: string;
  /** The period it summarises (after a deadline); the weekly one uses the current period. */
  periodKey: string | null;
  at: Date;
}

const WINDOW_MS = 86_400_000;

export function dueDigests(o: {
  now: Date;
  settings: DigestSettings;
  calendar: WorkingCalendar;
  periods: { key: string; dueDate: string }[];
}): DueDigest[] {
  const { now, settings, calendar } = o;
  const [h, m] = settings.time.split(":").map(Number);
  const out: DueDigest[] = [];
  const inWindow = (at: Date) => at.getTime() <= now.getTime() && now.getTime() < at.getTime() + WINDOW_MS;
  if (settings.weekday >= 1 && settings.weekday <= 7) {
    const local = DateTime.fromJSDate(now, { zone: calendar.timezone });
    let at = local.set({
      weekday: settings.weekday as 1,
      hour: h ?? 8,
      minute: m ?? 0,
      second: 0,
      millisecond: 0,
    });
    if (at > local) at = at.minus({ weeks: 1 });
    if (inWindow(at.toJSDate()))
      out.push({ key: `weekly:${at.toFormat("kkkk-'W'WW")}`, periodKey: null, at: at.toJSDate() });
  }
  if (settings.afterDeadline) {
    const hours = { start: settings.time, end: "17:00" };
    for (const p of o.periods) {
      const morning = DateTime.fromISO(p.dueDate, { zone: calendar.timezone })
        .plus({ days: 1 })
        .set({ hour: h ?? 8, minute: m ?? 0 });
      const at = nextOpening(morning.toJSDate(), calendar, hours);
      if (inWindow(at)) out.push({ key: `after-deadline:${p.key}`, periodKey: p.key, at });
    }
  }
  return out;
}
