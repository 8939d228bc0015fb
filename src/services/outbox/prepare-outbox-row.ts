// What one outbox row becomes just before it is sent: dropped (the report came in, a pause, the
// person left, a digest too old), or a message for the recipient's reachable chats. Checked per
// row at send time, not at queue time, so nothing stale goes out.
import { daysLate } from "../../domain/calendar/days-late.ts";
import { localeOr } from "../../i18n/translator.ts";
import { computeSummary, type Summary } from "../../domain/summary/compute-summary.ts";
import { loadSummarySnapshot } from "../summary/load-summary-snapshot.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { deliveryTargetsOf } from "./choose-delivery-identity.ts";
import type { OutboxRow } from "./load-outbox-rows.ts";
import type { NotificationChannel } from "./notification-channel.ts";

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
      send(channel: NotificationChannel, chatId: string): Promise<{ messageId: string }>;
    };

/** Per batch: a digest's summary is computed once per period, however many chats get it. */
export class BatchMemo {
  private summaries = new Map<string, Promise<Summary>>();
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
  const step = row.step;
  return {
    kind: "send",
    targets: await personTargets(deps, row),
    send: (channel, chatId) =>
      channel.sendReminder({
        outboxId: row.id,
        step,
        chatId,
        locale: localeOf(recipient.locale),
        audience: recipient.role === "focal-point" ? "focal-point" : "escalation",
        agency: { code: assignment.agency.code, name: assignment.agency.name },
        item: { code: assignment.workItem.code, title: assignment.workItem.title },
        period: { key: period.key, label: period.label, dueDate: period.dueDate },
        daysLate: daysLate(period.dueDate, deps.clock.now(), assignment.plan.timezone),
      }),
  };
}

async function prepareDigest(deps: ServiceDeps, row: OutboxRow, memo: BatchMemo): Promise<Prepared> {
  const sub = row.subscription;
  if (!sub || sub.removedAt !== null) return drop("cancelled", "unsubscribed");
  if (deps.clock.now().getTime() - row.dueAt.getTime() > DIGEST_STALE_MS) return drop("skipped", "too old");
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
    send: (channel, chatId) => channel.sendDigest({ chatId, summary }),
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
    send: (channel, chatId) =>
      channel.sendCorrectionNotice({
        chatId,
        locale,
        requestedBy: str(p.requestedBy),
        itemCode: str(p.itemCode),
        period: { key: str(p.periodKey), label: str(p.periodLabel) },
        reason: str(p.reason),
      }),
  };
}

async function prepareUnreachable(deps: ServiceDeps, row: OutboxRow): Promise<Prepared> {
  const p = payloadOf(row);
  const locale = localeOf(row.recipient?.locale);
  return {
    kind: "send",
    targets: await personTargets(deps, row),
    send: (channel, chatId) =>
      channel.notifyUnreachable({
        chatId,
        locale,
        memberName: str(p.memberName),
        agencyName: str(p.agencyName) || null,
      }),
  };
}

/** To the member's other apps only: the one just linked is left out (it may not be theirs). */
async function prepareLinkNotice(deps: ServiceDeps, row: OutboxRow): Promise<Prepared> {
  const p = payloadOf(row);
  const locale = localeOf(row.recipient?.locale);
  const at = new Date(str(p.at));
  const targets = (await personTargets(deps, row)).filter((t) => t.identityId !== str(p.identityId));
  // The time as the plan's people read it.
  const plan = await deps.db.plan.findFirst({ orderBy: { year: "desc" }, select: { timezone: true } });
  const timezone = plan?.timezone ?? "Asia/Ho_Chi_Minh";
  return {
    kind: "send",
    targets,
    send: (channel, chatId) =>
      channel.sendLinkNotice({ chatId, locale, channel: str(p.channel), at, timezone }),
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
    case "link-notice":
      return prepareLinkNotice(deps, row);
    default:
      throw new Error(`unknown outbox kind ${row.kind}`);
  }
}
