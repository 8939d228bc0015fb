import type { Context } from "grammy";
import type { Logger } from "pino";
import type { ServiceDeps } from "../../services/service-deps.ts";

/** What the Telegram adapter needs from the composition root (run-telegram lists member chats). */
export interface BotDeps extends ServiceDeps {
  logger: Logger;
  defaultLocale: "vi" | "en";
}

export interface TiendoFlavor {
  deps: BotDeps;
  /** Set once the update's callback query is answered: Telegram takes exactly one answer. */
  callbackAnswered?: boolean;
}

export type BotContext = Context & TiendoFlavor;
