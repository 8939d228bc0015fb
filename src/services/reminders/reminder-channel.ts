// The port a chat channel implements to deliver reminders (Telegram now, Zalo later). `progress`:
// a message too long for one is sent in parts; those an earlier attempt delivered are not repeated.
import type { PartsProgress } from "../outbox/parts-progress.ts";

export interface ReminderMessage {
  outboxId: string;
  step: string;
  chatId: string;
  locale: "vi" | "en";
  /** Focal points get the template and buttons; leaders and the standing office a notice. */
  audience: "focal-point" | "escalation";
  agency: { code: string; name: string };
  item: { code: string; title: string };
  period: { key: string; label: string; dueDate: string };
  /** Negative: days left; 0: today; positive: days late. */
  daysLate: number;
  /** Sent in place of a colleague who is away (their name, and their last day away). */
  insteadOf?: { name: string; until: string };
}

/** Several reminders of one person due at the same tick: one message listing the items. */
export interface ReminderBatch {
  chatId: string;
  items: ReminderMessage[];
}

/** Back from an absence: one summary of what their agency still owes (not the backlog). */
export interface ReturnSummaryMessage {
  chatId: string;
  locale: "vi" | "en";
  /** The absence's last day. */
  until: string;
  missing: {
    item: { code: string; title: string };
    period: { key: string; label: string; dueDate: string };
    daysLate: number;
  }[];
}

export interface UnreachableNotice {
  chatId: string;
  locale: "vi" | "en";
  memberName: string;
  agencyName: string | null;
}

export interface ReminderChannel {
  sendReminder(message: ReminderMessage, progress?: PartsProgress): Promise<{ messageId: string }>;
  sendReminders(batch: ReminderBatch, progress?: PartsProgress): Promise<{ messageId: string }>;
  sendReturnSummary(message: ReturnSummaryMessage, progress?: PartsProgress): Promise<{ messageId: string }>;
  /** Tells the standing office that someone blocked the bot (queued in the outbox like the rest). */
  notifyUnreachable(notice: UnreachableNotice, progress?: PartsProgress): Promise<{ messageId: string }>;
}

/** A delivery failure: `blocked` (the person blocked the bot: never retried) or `transient`. */
export class ChannelError extends Error {
  constructor(
    readonly kind: "blocked" | "transient",
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ChannelError";
  }
}
