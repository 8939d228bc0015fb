// Zalo as an outbox channel: every notification rendered by the conversation layer like on every
// channel, its choices numbered in the text (and kept, so "1" answers a reminder after a restart),
// shown through the one Zalo renderer. Zalo's refusals become ChannelErrors: 403 and 404 (the
// person blocked the bot or cannot be reached) mark them unreachable; anything else is retried.
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { replyNotificationChannel } from "../../conversation/notifications/reply-notification-channel.ts";
import { numberReply, rememberOffer } from "../../conversation/numbered-choices.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import type { NotificationChannel } from "../../services/outbox/notification-channel.ts";
import { ChannelError } from "../../services/reminders/reminder-channel.ts";
import type { ServiceDeps } from "../../services/service-deps.ts";
import { renderZaloReply } from "./render-zalo-reply.ts";
import { ZaloApiError, ZaloNetworkError, type ZaloApi } from "./zalo-api.ts";

function asChannelError(e: unknown): unknown {
  if (e instanceof ZaloApiError) {
    if (e.errorCode === 403 || e.errorCode === 404) return new ChannelError("blocked", e.description);
    return new ChannelError("transient", e.description, e.errorCode === 429 ? 5 : undefined);
  }
  if (e instanceof ZaloNetworkError) return new ChannelError("transient", e.message);
  return e;
}

/**
 * Spaces every message evenly at `perSecond` (the outbox throttles rows; a digest in two parts is
 * two messages, and a burst is what a platform without a published limit may refuse).
 */
function evenlySpaced(perSecond: number): () => Promise<void> {
  let next = 0;
  return async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + 1000 / perSecond;
    if (at > now) await sleep(at - now);
  };
}

export function zaloNotificationChannel(o: {
  api: ZaloApi;
  deps: Pick<ServiceDeps, "db" | "clock">;
  logger: Logger;
  digestLocale: Locale;
  /** ZALO_SENDS_PER_SECOND. */
  sendsPerSecond: number;
}): NotificationChannel {
  const spacing = evenlySpaced(o.sendsPerSecond);
  return replyNotificationChannel(
    async (chatId, reply, locale, progress) => {
      const numbered = numberReply(reply.outputs, translator(locale));
      try {
        const last = await renderZaloReply(
          o.api,
          chatId,
          { outputs: numbered.outputs },
          { logger: o.logger, beforeSend: spacing, progress },
        );
        // Kept once delivered: the person's next "1" answers this message.
        await rememberOffer(o.deps, { channel: "zalo", chatId }, numbered.offer);
        return { messageId: last ?? "" };
      } catch (e) {
        throw asChannelError(e);
      }
    },
    o.digestLocale,
    { buttons: false },
  );
}
