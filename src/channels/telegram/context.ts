import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Logger } from "pino";
import type { ActorProfile } from "../../services/resolve-actor.ts";
import type { ServiceDeps } from "../../services/service-deps.ts";

/** What the Telegram adapter needs from the composition root. */
export interface BotDeps extends ServiceDeps {
  logger: Logger;
  inviteTtlDays: number;
  /** Time zone of dates shown to people (TZ_PLAN). */
  timezone: string;
  defaultLocale: "vi" | "en";
}

export interface TiendoFlavor {
  deps: BotDeps;
  /** The registered member behind `ctx.from`, or null. Loaded on every update. */
  actor: ActorProfile | null;
}

export type BotContext = Context & I18nFlavor & TiendoFlavor;
