import type { NextFunction } from "grammy";
import type { Update } from "grammy/types";
import { claimUpdate, markDone } from "../../../services/transport/processed-updates.ts";
import type { BotContext } from "../context.ts";

/** Updates the transport (update-intake.ts) already claimed: handled here without a second claim. */
const claimedByTransport = new WeakSet<Update>();

export function markClaimedByTransport(update: Update): void {
  claimedByTransport.add(update);
}

/** How long a claim holds before another process may take the update over. */
const CLAIM_MS = 60_000;

/**
 * Each update is handled once. Polling and the webhook claim every update before handing it to
 * the bot (update-intake.ts); anything else that feeds the bot (`bot.handleUpdate` from a tool)
 * is claimed here the same way: claim first (a unique row: a duplicate is dropped), then handle,
 * then mark done.
 */
export function processOnce() {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    if (claimedByTransport.has(ctx.update)) return next();
    const updateId = String(ctx.update.update_id);
    const claimed = await claimUpdate(ctx.deps, {
      channel: "telegram",
      updateId,
      chatKey: ctx.chat?.id.toString() ?? ctx.from?.id.toString() ?? null,
      payload: JSON.stringify(ctx.update),
      leaseMs: CLAIM_MS,
    });
    if (!claimed) {
      ctx.deps.logger.debug({ updateId }, "duplicate update ignored");
      return;
    }
    try {
      await next();
    } finally {
      await markDone(ctx.deps, "telegram", updateId);
    }
  };
}
