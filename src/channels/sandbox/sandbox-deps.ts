import type { Logger } from "pino";
import type { CodeSettings } from "../../config/code-settings.ts";
import type { Locale } from "../../i18n/translator.ts";
import type { ServiceDeps } from "../../services/service-deps.ts";

/** What the sandbox hands the conversation (the same shape the bot's features get), on its own clock. */
export interface SandboxDeps extends ServiceDeps {
  logger: Logger;
  inviteTtlDays: number;
  defaultLocale: Locale;
  timezone: string;
  codes?: CodeSettings;
}
