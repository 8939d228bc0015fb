import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import { parseReminderPolicy } from "../../domain/reminders/reminder-policy.ts";
import type { WorkingHours } from "../../domain/reminders/working-time.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface WorkingTime {
  calendar: WorkingCalendar;
  hours: WorkingHours;
}

/** A plan's working time: its calendar (working days, holidays) and its reminder hours. */
export async function loadWorkingTime(deps: Pick<ServiceDeps, "db">, planId: string): Promise<WorkingTime> {
  const plan = await deps.db.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      timezone: true,
      workingDays: true,
      reminderPolicy: true,
      holidays: { select: { date: true } },
    },
  });
  return {
    calendar: {
      timezone: plan.timezone,
      workingDays: plan.workingDays.split(",").map(Number),
      holidays: new Set(plan.holidays.map((h) => h.date)),
    },
    hours: parseReminderPolicy(plan.reminderPolicy).workingHours,
  };
}
