import type { Composer } from "grammy";
import { AppError } from "../../../services/app-error.ts";
import { decodeCallback, type TCallback } from "../callback-data/callback-data.ts";
import type { BotContext } from "../context.ts";

/** Handles one kind of button; its payload is parsed and validated first. */
export function onCallback<K extends TCallback["kind"]>(
  composer: Composer<BotContext>,
  kind: K,
  handler: (ctx: BotContext, data: Extract<TCallback, { kind: K }>) => Promise<unknown>,
): void {
  composer.callbackQuery(new RegExp(`^${kind}(\\||$)`), async (ctx) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    if (data === null || data.kind !== kind) throw new AppError("bad-button");
    await handler(ctx, data as Extract<TCallback, { kind: K }>);
    await ctx.answerCallbackQuery().catch(() => undefined);
  });
}
