import type { NextFunction } from "grammy";
import { resolveActor } from "../../../services/resolve-actor.ts";
import type { BotContext } from "../context.ts";

/** Who is asking: looked up on every update, so a removal takes effect at once. */
export async function loadActor(ctx: BotContext, next: NextFunction): Promise<void> {
  ctx.actor =
    ctx.from === undefined
      ? null
      : await resolveActor(ctx.deps, { channel: "telegram", externalId: String(ctx.from.id) });
  await next();
}
