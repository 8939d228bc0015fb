import type { Api } from "grammy";
import { translator, type Locale } from "../../i18n/translator.ts";
import { summaryText } from "../../reports/summary-text.ts";
import type { DigestChannel } from "../../services/outbox/notification-channel.ts";
import { splitMessage } from "./features/shared.ts";

/** Posts a digest (the period's summary) in a subscribed group, split under Telegram's limit. */
export function telegramDigestChannel(api: Api, locale: Locale): DigestChannel {
  const t = translator(locale);
  return {
    async sendDigest({ chatId, summary }) {
      let first: number | null = null;
      for (const part of splitMessage(summaryText(t, summary, locale).join("\n"))) {
        const m = await api.sendMessage(Number(chatId), part);
        first ??= m.message_id;
      }
      return { messageId: String(first ?? "") };
    },
  };
}
