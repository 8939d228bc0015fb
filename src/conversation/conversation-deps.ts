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
  /** Files for channels without documents go out as links to tiendo's own HTTP server. */
  fileLinks?: FileLinkSettings;
  /** Typed codes: attempts per sender, link code lifetime (defaults when not given). */
  codes?: CodeSettings;
}

export interface FileLinkSettings {
  /** The server's public base (PUBLIC_URL); without it no link can be made. */
  publicUrl: string | undefined;
  ttlHours: number;
}
