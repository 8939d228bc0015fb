// A notification channel for any transport that shows Replies: every kind the outbox holds is
// rendered here, once, the way every channel shows it; the transport only delivers the Reply
// (and says which message id the last part got, so a reply to it can be matched).
import type { Locale } from "../../i18n/translator.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import type { Reply } from "../conversation-types.ts";
import { renderCorrectionNotice } from "./render-correction-notice.ts";
import { renderDigest } from "./render-digest.ts";
import { renderLinkNotice } from "./render-link-notice.ts";
import { renderReminder } from "./render-reminder.ts";
import { renderReminderBatch } from "./render-reminder-batch.ts";
import { renderReturnSummary } from "./render-return-summary.ts";
import { renderUnreachable } from "./render-unreachable.ts";

/** Delivers a rendered Reply (`locale`: the language it is in, for a channel that adds words). */
export type DeliverReply = (chatId: string, reply: Reply, locale: Locale) => Promise<{ messageId: string }>;

export function replyNotificationChannel(
  deliver: DeliverReply,
  digestLocale: Locale,
  options: { buttons?: boolean } = {},
): NotificationChannel {
  const buttons = options.buttons ?? true;
  return {
    sendReminder: (m) => deliver(m.chatId, renderReminder(m, m.locale, { buttons }), m.locale),
    sendReminders: (b) => deliver(b.chatId, renderReminderBatch(b), b.items[0]?.locale ?? digestLocale),
    sendReturnSummary: (m) => deliver(m.chatId, renderReturnSummary(m), m.locale),
    notifyUnreachable: (n) => deliver(n.chatId, renderUnreachable(n), n.locale),
    sendCorrectionNotice: (n) => deliver(n.chatId, renderCorrectionNotice(n, n.locale), n.locale),
    sendLinkNotice: (n) => deliver(n.chatId, renderLinkNotice(n), n.locale),
    sendDigest: (d) => deliver(d.chatId, renderDigest(d.summary, digestLocale), digestLocale),
  };
}
