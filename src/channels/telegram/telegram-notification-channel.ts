// Telegram as an outbox channel: the reminder and digest adapters, with Telegram's errors turned
// into ChannelErrors (403: the person blocked the bot; anything else: try again, after
// retry_after when Telegram says so).
import { GrammyError, HttpError, type Api } from "grammy";
import type { Locale } from "../../i18n/translator.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import { ChannelError } from "../../services/reminders/reminder-channel.ts";
import { telegramDigestChannel } from "./telegram-digest-channel.ts";
import { telegramReminderChannel } from "./telegram-reminder-channel.ts";

function asChannelError(e: unknown): unknown {
  if (e instanceof GrammyError) {
    if (e.error_code === 403) return new ChannelError("blocked", e.description);
    return new ChannelError("transient", e.description, e.parameters.retry_after);
  }
  if (e instanceof HttpError) return new ChannelError("transient", e.message);
  return e;
}

const mapped =
  <A>(send: (a: A) => Promise<{ messageId: string }>) =>
  async (a: A) => {
    try {
      return await send(a);
    } catch (e) {
      throw asChannelError(e);
    }
  };

export function telegramNotificationChannel(api: Api, digestLocale: Locale): NotificationChannel {
  const person = telegramReminderChannel(api);
  const group = telegramDigestChannel(api, digestLocale);
  return {
    sendReminder: mapped((m) => person.sendReminder(m)),
    notifyUnreachable: mapped((n) => person.notifyUnreachable(n)),
    sendCorrectionNotice: mapped((n) => person.sendCorrectionNotice(n)),
    sendDigest: mapped((d) => group.sendDigest(d)),
  };
}
