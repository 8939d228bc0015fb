// What the outbox sends to sandbox personas (reminders, escalations, digests, correction and
// "unreachable" notices), rendered by the conversation layer like on every channel and shown in
// the persona's chat at once.
import type { Locale } from "../../i18n/translator.ts";
import { replyNotificationChannel } from "../../conversation/notifications/reply-notification-channel.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import { ChannelError } from "../../services/reminders/reminder-channel.ts";
import { isPersonaId } from "./sandbox-identity.ts";
import type { SandboxChats } from "./sandbox-chats.ts";

export type SandboxNotifications = NotificationChannel;

export function sandboxNotifications(chats: SandboxChats, digestLocale: Locale): SandboxNotifications {
  return replyNotificationChannel(async (chatId, reply) => {
    // A chat that is not a sandbox persona's (a Telegram member in the same database) is not ours.
    if (!isPersonaId(chatId)) throw new ChannelError("transient", "not a sandbox chat");
    const parts = chats.deliver(chatId, reply);
    return { messageId: parts.at(-1)?.id ?? "" };
  }, digestLocale);
}
