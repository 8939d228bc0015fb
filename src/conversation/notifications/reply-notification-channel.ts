// A notification channel for any transport that shows Replies: every kind the outbox holds is
// rendered here, once, the way every channel shows it; the transport only delivers the Reply
// (and says which message id the last part got, so a reply to it can be matched), skipping the
// parts an earlier attempt delivered (`progress`, see services/outbox/parts-progress.ts).
import type { Locale } from "../../i18n/translator.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import type { PartsProgress } from "../../services/outbox/parts-progress.ts";
import type { Reply } from "../conversation-types.ts";
import { renderCorrectionNotice } from "./render-correction-notice.ts";
import { renderDigest } from "./render-digest.ts";
import { renderLinkNotice } from "./render-link-notice.ts";
import { renderReminder } from "./render-reminder.ts";
import { renderReminderBatch } from "./render-reminder-batch.ts";
import { renderReturnSummary } from "./render-return-summary.ts";
import { renderUnreachable } from "./render-unreachable.ts";

/** Delivers a rendered Reply (`locale`: the language it is in, for a channel that adds words). */
export type DeliverReply = (
  chatId: string,
  reply: Reply,
  locale: Locale,
  progress: PartsProgress | undefined,
) => Promise<{ messageId: string }>;

export function replyNotificationChannel(
  deliver: DeliverReply,
  digestLocale: Locale,
  options: { buttons?: boolean } = {},
): NotificationChannel {
  const buttons = options.buttons ?? true;
  return {
    sendReminder: (m, p) => deliver(m.chatId, renderReminder(m, m.locale, { buttons }), m.locale, p),
    sendReminders: (b, p) => deliver(b.chatId, renderReminderBatch(b), b.items[0]?.locale ?? digestLocale, p),
    sendReturnSummary: (m, p) => deliver(m.chatId, renderReturnSummary(m), m.locale, p),
    notifyUnreachable: (n, p) => deliver(n.chatId, renderUnreachable(n), n.locale, p),
    sendCorrectionNotice: (n, p) => deliver(n.chatId, renderCorrectionNotice(n, n.locale), n.locale, p),
    sendLinkNotice: (n, p) => deliver(n.chatId, renderLinkNotice(n), n.locale, p),
    sendDigest: (d, p) => deliver(d.chatId, renderDigest(d.summary, digestLocale), digestLocale, p),
  };
}
