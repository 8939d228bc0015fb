import { DateTime } from "luxon";
import { openingOnOrAfter, localDateOf } from "../../domain/reminders/working-time.ts";
import { calendarPlan } from "../plan/calendar-plan.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { loadWorkingTime } from "./load-working-time.ts";

/**
 * Absences that ended: one "welcome back, still missing" summary each, queued for the first
 * opening after the last day away. `returnNoticeAt` is set in the same claim, so it is queued
 * once (and the outbox key would refuse a second one anyway).
 */
export async function enqueueReturnNotices(deps: ServiceDeps, now: Date): Promise<number> {
  const plan = await calendarPlan(deps);
  const { calendar, hours } = await loadWorkingTime(deps, plan.id);
  const today = localDateOf(now, calendar);
  const ended = await deps.db.absence.findMany({
    where: { cancelledAt: null, returnNoticeAt: null, toDate: { lt: today }, member: { removedAt: null } },
    select: { id: true, memberId: true, toDate: true },
  });
  let queued = 0;
  for (const a of ended) {
    const claimed = await deps.db.absence.updateMany({
      where: { id: a.id, returnNoticeAt: null },
      data: { returnNoticeAt: now },
    });
    if (claimed.count !== 1) continue;
    const back =
      DateTime.fromISO(a.toDate, { zone: calendar.timezone }).plus({ days: 1 }).toISODate() ?? today;
    queued += await enqueueOutbox(
      deps.db,
      [
        {
          kind: "return",
          key: outboxKey.returnSummary(a.id),
          planId: plan.id,
          recipientMemberId: a.memberId,
          payload: { absenceId: a.id },
          dueAt: openingOnOrAfter(back, calendar, hours),
        },
      ],
      now,
    );
  }
  return queued;
}
