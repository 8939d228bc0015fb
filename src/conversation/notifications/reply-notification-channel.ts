// A notification channel for any transport that shows Replies: every kind the outbox holds is
// rendered here, once, the way every channel shows it; the transport only delivers the Reply
// (and says which message id the last part got, so a reply to it can be matched).
import type { Locale } from "../../i18n/translator.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import type { Reply } from "../conversation-types.ts";
import { renderCorrectionNotice } from "./render-correction-notice.ts";
import { renderDigest } from "./render-digest.ts";
import { renderReminder } from "./render-reminder.ts";
import { renderReminderBatch } from "./render-reminder-batch.ts";
import { renderReturnSummary } from "./render-return-summary.ts";
import { renderUnreachable } from "./render-unreachable.ts";

export type DeliverReply = (chatId: string, reply: Reply) => Promise<{ messageId: string }>;

export function replyNotificationChannel(deliver: DeliverReply, digestLocale: Locale): NotificationChannel {
  return {
    sendReminder: (m) => deliver(m.chatId, renderReminder(m)),
    sendReminders: (b) => deliver(b.chatId, renderReminderBatch(b)),
    sendReturnSummary: (m) => deliver(m.chatId, renderReturnSummary(m)),
    notifyUnreachable: (n) => deliver(n.chatId, renderUnreachable(n)),
    sendCorrectionNotice: (n) => deliver(n.chatId, renderCorrectionNotice(n, n.locale)),
    sendDigest: (d) => deliver(d.chatId, renderDigest(d.summary, digestLocale)),
  };
}
