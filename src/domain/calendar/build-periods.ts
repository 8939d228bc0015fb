import { DateTime } from "luxon";
import type { TDeadlineShift, TSchedule } from "../plan/plan-file-schema.ts";
import type { PeriodModel } from "../plan/plan-model.ts";
import { endOfLocalDay, shiftDeadline, type WorkingCalendar } from "./working-calendar.ts";

const MONTHS_PER_PERIOD = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 } as const;

function periodKey(cadence: keyof typeof MONTHS_PER_PERIOD, year: number, index: number): string {
  switch (cadence) {
    case "monthly":
      return `${year}-${String(index + 1).padStart(2, "0")}`;
    case "quarterly":
      return `${year}-Q${index + 1}`;
    case "semiannual":
      return `${year}-H${index + 1}`;
    case "annual":
      return `${year}`;
  }
}

export interface BuildPeriodsOptions {
  schedule: TSchedule;
  year: number;
  calendar: WorkingCalendar;
  shift: TDeadlineShift;
}

/** The reporting periods of one schedule in the plan year, with deadlines moved off days off. */
export function buildPeriods({ schedule, year, calendar, shift }: BuildPeriodsOptions): PeriodModel[] {
  const make = (key: string, startDate: string, endDate: string, nominalDueDate: string): PeriodModel => {
    const dueDate = shiftDeadline(calendar, nominalDueDate, shift);
    return {
      calendarCode: schedule.code,
      key,
      label: schedule.name,
      startDate,
      endDate,
      nominalDueDate,
      dueDate,
      dueAt: endOfLocalDay(dueDate, calendar.timezone),
    };
  };
  if (schedule.cadence === "once") {
    if (schedule.period === undefined || typeof schedule.due !== "string") return [];
    return [make(schedule.period.key, schedule.period.from, schedule.period.to, schedule.due)];
  }
  if (typeof schedule.due === "string") return [];
  const { monthOffset, day } = schedule.due;
  const months = MONTHS_PER_PERIOD[schedule.cadence];
  const out: PeriodModel[] = [];
  for (let i = 0; i < 12 / months; i++) {
    const start = DateTime.fromObject({ year, month: i * months + 1, day: 1 }, { zone: calendar.timezone });
    const end = start.plus({ months }).minus({ days: 1 });
    const dueMonth = end.startOf("month").plus({ months: monthOffset });
    const due = dueMonth.set({ day: Math.min(day, dueMonth.daysInMonth ?? 28) });
    out.push(
      make(
        periodKey(schedule.cadence, year, i),
        start.toISODate() ?? "",
        end.toISODate() ?? "",
        due.toISODate() ?? "",
      ),
    );
  }
  return out;
}
