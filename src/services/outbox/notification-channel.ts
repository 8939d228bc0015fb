// The port a chat channel implements to deliver what the outbox holds (Telegram now; the local
// sandbox web chat and Zalo later): one method per kind of notification. The channel renders the
// text in the recipient's language; it never decides whom to tell or when.
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { ReminderChannel } from "../reminders/reminder-channel.ts";
import type { PartsProgress } from "./parts-progress.ts";
import type { SendThrottle } from "./send-throttle.ts";

export interface DigestMessage {
  chatId: string;
  summary: Summary;
}

export interface DigestChannel {
  sendDigest(message: DigestMessage, progress?: PartsProgress): Promise<{ messageId: string }>;
}

/** A leader or the standing office asked the agency to correct a report. */
export interface CorrectionNoticeMessage {
  chatId: string;
  locale: "vi" | "en";
  requestedBy: string;
  itemCode: string;
  period: { key: string; label: string };
  reason: string;
}

export interface CorrectionChannel {
  sendCorrectionNotice(
    message: CorrectionNoticeMessage,
    progress?: PartsProgress,
  ): Promise<{ messageId: string }>;
}

/** A chat app was just linked to the member: their other apps are told (in case it was not them). */
export interface LinkNoticeMessage {
  chatId: string;
  locale: "vi" | "en";
  /** The app linked ("zalo", "telegram"). */
  channel: string;
  at: Date;
  timezone: string;
}

export interface LinkNoticeChannel {
  sendLinkNotice(message: LinkNoticeMessage, progress?: PartsProgress): Promise<{ messageId: string }>;
}

export type NotificationChannel = ReminderChannel & DigestChannel & CorrectionChannel & LinkNoticeChannel;

/** A channel this process runs, with the throttle that keeps it under its platform's limits. */
export interface RunningChannel {
  adapter: NotificationChannel;
  throttle: SendThrottle;
}

/** The channels this process can deliver on, by name ("telegram", "sandbox", "zalo"). */
export type RunningChannels = Readonly<Record<string, RunningChannel>>;
