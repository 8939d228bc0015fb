import { formatInstant } from "../../domain/format-date.ts";
import { translator } from "../../i18n/translator.ts";
import type { LinkNoticeMessage } from "../../services/outbox/notification-channel.ts";
import type { Reply } from "../conversation-types.ts";

/** Tells a member's other apps that a chat app was just linked to them (in case it was not them). */
export function renderLinkNotice(n: LinkNoticeMessage): Reply {
  const t = translator(n.locale);
  const text = t("link-notice", {
    channel: t(`channel-name-${n.channel}`),
    time: formatInstant(n.at, n.timezone, n.locale),
  });
  return { outputs: [{ kind: "message", text }] };
}
