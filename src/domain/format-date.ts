import { DateTime } from "luxon";

/** A local calendar date "2023-03-15" as people write it: "15/03/2023" (vi), "15 Mar 2023" (en). */
export function formatLocalDate(date: string, locale: string): string {
  const d = DateTime.fromISO(date, { zone: "utc" });
  return locale === "en" ? d.setLocale("en").toFormat("d LLL yyyy") : d.toFormat("dd/LL/yyyy");
}

/** An instant in the plan's time zone: "15/03/2023 17:00" (vi), "15 Mar 2023 17:00" (en). */
export function formatInstant(at: Date, timezone: string, locale: string): string {
  const d = DateTime.fromJSDate(at, { zone: timezone });
  return locale === "en" ? d.setLocale("en").toFormat("d LLL yyyy HH:mm") : d.toFormat("dd/LL/yyyy HH:mm");
}

/** The local calendar date "2023-06-20" of an instant in a time zone. */
export function localDate(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate() ?? "";
}
