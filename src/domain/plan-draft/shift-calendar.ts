// The reporting calendar is not in these documents: the draft takes the bundled plan's calendar
// (its `calendar` section as read from YAML, every value text) and moves its dates to the plan's
// year. Holidays move from year to year, so only the bundled ones of the plan's year and the next
// are kept.

interface RawCalendar {
  holidays?: { date?: string; from?: string; to?: string; name?: string }[];
  schedules?: Record<string, unknown>[];
  [key: string]: unknown;
}

export function shiftCalendar(
  calendar: unknown,
  fromYear: number,
  toYear: number,
): { calendar: RawCalendar; holidaysKept: number; holidaysDropped: number } {
  const raw = (typeof calendar === "object" && calendar !== null ? calendar : {}) as RawCalendar;
  const delta = toYear - fromYear;
  const shift = (value: unknown): unknown => {
    if (typeof value === "string")
      return value.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + delta));
    if (Array.isArray(value)) return value.map(shift);
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v)]));
    }
    return value;
  };
  const holidays = raw.holidays ?? [];
  const kept = holidays.filter((h) => {
    const year = Number((h.date ?? h.from ?? "").slice(0, 4));
    return year === toYear || year === toYear + 1;
  });
  return {
    calendar: {
      ...raw,
      holidays: kept,
      schedules: (raw.schedules ?? []).map((s) => shift(s) as Record<string, unknown>),
    },
    holidaysKept: kept.length,
    holidaysDropped: holidays.length - kept.length,
  };
}
