// Back from an absence: one message listing what the person's agency still owes (reports of
// periods whose deadline is past, within the catch-up window, or coming up soon), instead of the
// reminders they missed while away.
import { DateTime } from "luxon";
import { daysLate } from "../../domain/calendar/days-late.ts";
import { parseReminderPolicy } from "../../domain/reminders/reminder-policy.ts";
import { localeOr } from "../../i18n/translator.ts";
import type { ServiceDeps } from "../service-deps.ts";
import type { OutboxRow } from "./load-outbox-rows.ts";
import type { Prepared, Target } from "./prepare-outbox-row.ts";

export async function prepareReturnSummary(
  deps: ServiceDeps,
  row: OutboxRow,
  targets: Target[],
): Promise<Prepared> {
  const p = JSON.parse(row.payload) as { absenceId?: string };
  const [absence, plan] = await Promise.all([
    deps.db.absence.findUnique({ where: { id: p.absenceId ?? "" } }),
    row.planId === null ? null : deps.db.plan.findUnique({ where: { id: row.planId } }),
  ]);
  const agencyId = row.recipient?.agencyId ?? null;
  if (absence === null || absence.cancelledAt !== null || plan === null || agencyId === null)
    return {
      kind: "drop",
      status: "cancelled",
      reason: absence?.cancelledAt == null ? "no agency" : "absence cancelled",
    };
  const policy = parseReminderPolicy(plan.reminderPolicy);
  const now = deps.clock.now();
  const today = DateTime.fromJSDate(now, { zone: plan.timezone });
  const from = today.minus({ days: policy.catchUpDays }).toISODate() ?? "";
  const to = today.plus({ days: Math.max(0, ...policy.before) }).toISODate() ?? "";
  const assignments = await deps.db.assignment.findMany({
    // Every active plan: the person is back for all of them (the calendar plan gives the window).
    where: { plan: { status: "active" }, agencyId, mustReport: true },
    select: {
      id: true,
      workItem: { select: { code: true, title: true } },
      calendars: {
        select: {
          calendar: {
            select: {
              periods: {
                where: { dueDate: { gte: from, lte: to } },
                select: { id: true, key: true, label: true, dueDate: true },
              },
            },
          },
        },
      },
      reports: { select: { periodId: true } },
    },
  });
  const missing = assignments
    .flatMap((a) =>
      a.calendars.flatMap((c) =>
        c.calendar.periods
          .filter((period) => !a.reports.some((r) => r.periodId === period.id))
          .map((period) => ({
            item: a.workItem,
            period: { key: period.key, label: period.label, dueDate: period.dueDate },
            daysLate: daysLate(period.dueDate, now, plan.timezone),
          })),
      ),
    )
    .sort(
      (x, y) => x.period.dueDate.localeCompare(y.period.dueDate) || x.item.code.localeCompare(y.item.code),
    );
  const locale = localeOr(row.recipient?.locale);
  return {
    kind: "send",
    targets,
    send: (channel, chatId, progress) =>
      channel.sendReturnSummary({ chatId, locale, until: absence.toDate, missing }, progress),
  };
}
