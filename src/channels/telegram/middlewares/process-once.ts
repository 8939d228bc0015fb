import type { NextFunction } from "grammy";
import { highestProcessedUpdate, markProcessed, wasProcessed } from "../../../services/processed-updates.ts";
import type { BotContext } from "../context.ts";

/**
 * Each update is handled once: a re-delivered `update_id` is ignored. Telegram's ids only grow,
 * so an id above every id handled so far needs no lookup; only older ids (re-deliveries after a
 * restart, webhook requests arriving out of order) are checked in the database.
 */
export function processOnce() {
  let highWater: Promise<number> | null = null;
  let handledMax = 0;
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const numericId = ctx.update.update_id;
    const id = String(numericId);
    highWater ??= highestProcessedUpdate(ctx.deps, "telegram");
    const known = Math.max(await highWater, handledMax);
    if (numericId <= known && (await wasProcessed(ctx.deps, "telegram", id))) {
      ctx.deps.logger.debug({ updateId: numericId }, "duplicate update ignored");
      return;
    }
    await next();
    await markProcessed(ctx.deps, "telegram", id);
    handledMax = Math.max(handledMax, numericId);
  };
}
