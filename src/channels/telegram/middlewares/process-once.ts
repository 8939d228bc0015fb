import type { NextFunction } from "grammy";
import { markProcessed, wasProcessed } from "../../../services/processed-updates.ts";
import type { BotContext } from "../context.ts";

/** Each update is handled once: a re-delivered `update_id` is ignored. */
export async function processOnce(ctx: BotContext, next: NextFunction): Promise<void> {
  const id = String(ctx.update.update_id);
  if (await wasProcessed(ctx.deps, "telegram", id)) {
    ctx.deps.logger.debug({ updateId: ctx.update.update_id }, "duplicate update ignored");
    return;
  }
  await next();
  await markProcessed(ctx.deps, "telegram", id);
}
