// Telegram as an outbox channel: every notification rendered by the conversation layer (the same
// text and choices as on every channel), shown through the one Telegram renderer, with Telegram's
// errors turned into ChannelErrors (403: the person blocked the bot; anything else: try again,
// after retry_after when Telegram says so).
import { GrammyError, HttpError, type Api } from "grammy";
import { replyNotificationChannel } from "../../conversation/notifications/reply-notification-channel.ts";
import type { Locale } from "../../i18n/translator.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import { ChannelError } from "../../services/reminders/reminder-channel.ts";
import { renderReply } from "./render/render-reply.ts";

function asChannelError(e: unknown): unknown {
  if (e instanceof GrammyError) {
    if (e.error_code === 403) return new ChannelError("blocked", e.description);
    return new ChannelError("transient", e.description, e.parameters.retry_after);
  }
  if (e instanceof HttpError) return new ChannelError("transient", e.message);
  return e;
}

export function telegramNotificationChannel(api: Api, digestLocale: Locale): NotificationChannel {
  return replyNotificationChannel(async (chatId, reply, _locale, progress) => {
    try {
      const last = await renderReply(api, { chatId: Number(chatId) }, reply, progress);
      return { messageId: last === undefined ? "" : String(last) };
    } catch (e) {
      throw asChannelError(e);
    }
  }, digestLocale);
}
