// What one outbox row becomes just before it is sent: dropped (the report came in, a pause, the
// person left, a digest too old), or a message for the recipient's reachable chats. Checked per
// row at send time, not at queue time, so nothing stale goes out.
import { daysLate } from "../../domain/calendar/days-late.ts";
import { localeOr } from "../../i18n/translator.ts";
import { computeSummary, type Summary } from "../../domain/summary/compute-summary.ts";
import { loadSummarySnapshot } from "../summary/load-summary-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { calendarPlan } from "../plan/calendar-plan.ts";
import { deliveryTargetsOf } from "./choose-delivery-identity.ts";
import type { OutboxRow } from "./load-outbox-rows.ts";
import type { NotificationChannel } from "./notification-channel.ts";
import type { PartsProgress } from "./parts-progress.ts";
import { nextOpening, localDateOf } from "../../domain/reminders/working-time.ts";
import type { ReminderMessage } from "../reminders/reminder-channel.ts";
import { loadWorkingTime, type WorkingTime } from "../reminders/load-working-time.ts";
import { prepareReturnSummary } from "./prepare-return-summary.ts";

/** A digest not sent within a day of its time is skipped (nobody wants last week's figures). */
const DIGEST_STALE_MS = 86_400_000;

export interface Target {
  channel: string;
  chatId: string;
  /** The person's identity on that channel (marked unreachable if they blocked the bot). */
  identityId?: string;
}

export type Prepared =
  | { kind: "drop"; status: "cancelled" | "skipped"; reason: string }
  | {
      kind: "send";
      /** In order of preference: the first one on a running channel is used. */
      targets: Target[];
      /** `progress`: the parts of a long message an earlier attempt delivered are not sent again. */
      send(
        channel: NotificationChannel,
        chatId: string,
        progress?: PartsProgress,
      ): Promise<{ messageId: string }>;
      /** A reminder's message (without its chat): several of one person may go out as one. */
      reminder?: Omit<ReminderMessage, "chatId">;
    };

/** Kinds sent only inside the plan's working time. */
const IN_WORKING_TIME = new Set(["reminder", "digest", "return"]);

/**
 * Per batch: a digest's summary is computed once per period, however many chats get it; a plan's
 * working time is loaded once.
 */
export class BatchMemo {
  private summaries = new Map<string, Promise<Summary>>();
  private workingTimes = new Map<string, Promise<WorkingTime>>();

  workingTime(deps: ServiceDeps, planId: string): Promise<WorkingTime> {
    let w = this.workingTimes.get(planId);
    if (w === undefined) {
      w = loadWorkingTime(deps, planId);
      this.workingTimes.set(planId, w);
    }
    return w;
  }

  /** When a row due now may go out, if not now: the next opening of its plan's working time. */
  async deferUntil(deps: ServiceDeps, row: OutboxRow): Promise<Date | null> {
    const planId = row.planId ?? row.assignment?.planId ?? null;
    if (!IN_WORKING_TIME.has(row.kind) || planId === null) return null;
    const { calendar, hours } = await this.workingTime(deps, planId);
    const now = deps.clock.now();
    const opening = nextOpening(now, calendar, hours);
    return opening.getTime() > now.getTime() ? opening : null;
  }

  async openingAfter(deps: ServiceDeps, planId: string, t: Date): Promise<Date> {
    const { calendar, hours } = await this.workingTime(deps, planId);
    return nextOpening(t, calendar, hours);
  }

  summary(deps: ServiceDeps, periodKey: string | undefined): Promise<Summary> {
    const k = periodKey ?? "";
    let s = this.summaries.get(k);
    if (s === undefined) {
      s = loadSummarySnapshot(deps, periodKey).then(computeSummary);
      this.summaries.set(k, s);
    }
    return s;
  }
}

const drop = (status: "cancelled" | "skipped", reason: string): Prepared => ({
  kind: "drop",
  status,
  reason,
});
const localeOf = (l: string | null | undefined) => localeOr(l);
const payloadOf = (row: OutboxRow) => JSON.parse(row.payload) as Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The recipient's chats, preferred first (see choose-delivery-identity.ts). */
function personTargets(deps: ServiceDeps, row: OutboxRow): Promise<Target[]> {
  return row.recipient ? deliveryTargetsOf(deps, row.recipient) : Promise.resolve([]);
}

async function prepareReminder(deps: ServiceDeps, row: OutboxRow): Promise<Prepared> {
  const { assignment, period, recipient } = row;
  if (!assignment || !period || !recipient || row.step === null) return drop("cancelled", "incomplete row");
  const [report, pause] = await Promise.all([
    deps.db.progressReport.findUnique({
      where: { assignmentId_periodId: { assignmentId: assignment.id, periodId: period.id } },
      select: { id: true },
    }),
    deps.db.reminderPause.findFirst({
      where: {
        liftedAt: null,
        OR: [{ agencyId: null }, { agencyId: assignment.agencyId }],
        AND: [{ OR: [{ periodId: null }, { periodId: period.id }] }],
      },
      select: { id: true },
    }),
  ]);
  if (report !== null) return drop("cancelled", "reported");
  if (pause !== null) return drop("cancelled", "paused");
  const now = deps.clock.now();
  const today = localDateOf(now, { timezone: assignment.plan.timezone });
  const insteadOf = await substituteFor(deps, row, today);
  if (insteadOf === "away") return drop("cancelled", "away");
  const message: Omit<ReminderMessage, "chatId"> = {
    outboxId: row.id,
    step: row.step,
    locale: localeOf(recipient.locale),
    audience: recipient.role === "focal-point" ? "focal-point" : "escalation",
    agency: { code: assignment.agency.code, name: assignment.agency.name },
    item: { code: assignment.workItem.code, title: assignment.workItem.title },
    period: { key: period.key, label: period.label, dueDate: period.dueDate },
    daysLate: daysLate(period.dueDate, now, assignment.plan.timezone),
    ...(insteadOf ? { insteadOf } : {}),
  };
  return {
    kind: "send",
    targets: await personTargets(deps, row),
    reminder: message,
    send: (channel, chatId, progress) => channel.sendReminder({ ...message, chatId }, progress),
  };
}

/** "away" when the recipient is away today; whom they stand in for, if the row says so. */
async function substituteFor(
  deps: ServiceDeps,
  row: OutboxRow,
  today: string,
): Promise<"away" | { name: string; until: string } | null> {
  const memberId = row.recipientMemberId ?? "";
  const p = payloadOf(row);
  const instead = p.insteadOf as { memberId?: unknown; until?: unknown } | undefined;
  const [away, colleague] = await Promise.all([
    deps.db.absence.findFirst({
      where: { memberId, cancelledAt: null, fromDate: { lte: today }, toDate: { gte: today } },
      select: { id: true },
    }),
    instead === undefined
      ? null
      : deps.db.member.findUnique({ where: { id: str(instead.memberId) }, select: { fullName: true } }),
  ]);
  if (away !== null) return "away";
  return colleague === null || instead === undefined
    ? null
    : { name: colleague.fullName, until: str(instead.until) };
}

async function prepareDigest(deps: ServiceDeps, row: OutboxRow, memo: BatchMemo): Promise<Prepared> {
  const sub = row.subscription;
  if (!sub || sub.removedAt !== null) return drop("cancelled", "unsubscribed");
  // Staleness counts from the first opening at or after its time (a holiday's digest waits).
  const from = row.planId === null ? row.dueAt : await memo.openingAfter(deps, row.planId, row.dueAt);
  if (deps.clock.now().getTime() - from.getTime() > DIGEST_STALE_MS) return drop("skipped", "too old");
  const p = payloadOf(row);
  const digestKey = str(p.key);
  // Rows moved from the old Digest table carry only their key ("after-deadline:2023-Q1").
  const periodKey =
    str(p.periodKey) ||
    (digestKey.startsWith("after-deadline:") ? digestKey.slice("after-deadline:".length) : undefined);
  const summary = await memo.summary(deps, periodKey);
  return {
    kind: "send",
    targets: [{ channel: sub.channel, chatId: sub.chatId }],
    send: (channel, chatId, progress) => channel.sendDigest({ chatId, summary }, progress),
  };
}

async function prepareCorrection(deps: ServiceDeps, row: OutboxRow): Promise<Prepared> {
  const p = payloadOf(row);
  const request = await deps.db.correctionRequest.findUnique({
    where: { id: str(p.requestId) },
    select: { resolvedAt: true },
  });
  if (request === null || request.resolvedAt !== null) return drop("cancelled", "already corrected");
  const locale = localeOf(row.recipient?.locale);
  return {
    kind: "send",
    targets: await personTargets(deps, row),
    send: (channel, chatId, progress) =>
      channel.sendCorrectionNotice(
        {
          chatId,
          locale,
          requestedBy: str(p.requestedBy),
          itemCode: str(p.itemCode),
          period: { key: str(p.periodKey), label: str(p.periodLabel) },
          reason: str(p.reason),
        },
        progress,
      ),
  };
}

async function prepareUnreachable(deps: ServiceDeps, row: OutboxRow): Promise<Prepared> {
  const p = payloadOf(row);
  const locale = localeOf(row.recipient?.locale);
  return {
    kind: "send",
    targets: await personTargets(deps, row),
    send: (channel, chatId, progress) =>
      channel.notifyUnreachable(
        {
          chatId,
          locale,
          memberName: str(p.memberName),
          agencyName: str(p.agencyName) || null,
        },
        progress,
      ),
  };
}

/** To the member's other apps only: the one just linked is left out (it may not be theirs). */
async function prepareLinkNotice(deps: ServiceDeps, row: OutboxRow): Promise<Prepared> {
  const p = payloadOf(row);
  const locale = localeOf(row.recipient?.locale);
  const at = new Date(str(p.at));
  const targets = (await personTargets(deps, row)).filter((t) => t.identityId !== str(p.identityId));
  // The time as the plan's people read it (the calendar of what is not tied to one plan).
  const timezone = (await calendarPlan(deps).catch(() => null))?.timezone ?? "Asia/Ho_Chi_Minh";
  return {
    kind: "send",
    targets,
    send: (channel, chatId, progress) =>
      channel.sendLinkNotice({ chatId, locale, channel: str(p.channel), at, timezone }, progress),
  };
}

export async function prepareOutboxRow(
  deps: ServiceDeps,
  row: OutboxRow,
  memo: BatchMemo,
): Promise<Prepared> {
  if (row.recipient && row.recipient.removedAt !== null) return drop("cancelled", "recipient removed");
  switch (row.kind) {
    case "reminder":
      return prepareReminder(deps, row);
    case "digest":
      return prepareDigest(deps, row, memo);
    case "correction":
      return prepareCorrection(deps, row);
    case "unreachable":
      return prepareUnreachable(deps, row);
    case "return":
      return prepareReturnSummary(deps, row, await personTargets(deps, row));
    case "link-notice":
      return prepareLinkNotice(deps, row);
    default:
      throw new Error(`unknown outbox kind ${row.kind}`);
  }
}
