import type { Logger } from "pino";
import type { Locale } from "../i18n/translator.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import type { CodeSettings } from "../config/code-settings.ts";
import type { ChannelDirectory } from "./channel-directory.ts";

/** What the conversation needs from the composition root. */
export interface ConversationDeps extends ServiceDeps {
  logger: Logger;
  inviteTtlDays: number;
  /** Time zone of dates shown to people (TZ_PLAN). */
  timezone: string;
  defaultLocale: Locale;
  channels: ChannelDirectory;
  /** Typed codes: attempts per sender, link code lifetime (defaults when not given). */
  codes?: CodeSettings;
}
