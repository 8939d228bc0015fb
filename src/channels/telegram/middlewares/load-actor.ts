import type { NextFunction } from "grammy";
import { adoptChatName } from "../../../services/rename-member.ts";
import { resolveActor } from "../../../services/resolve-actor.ts";
import type { BotContext } from "../context.ts";

/** Who is asking: looked up on every update, so a removal takes effect at once. */
export async function loadActor(ctx: BotContext, next: NextFunction): Promise<void> {
  const from = ctx.from;
  ctx.actor =
    from === undefined
      ? null
      : await resolveActor(ctx.deps, { channel: "telegram", externalId: String(from.id) });
  // An admin made from ADMIN_TELEGRAM_IDS is called "Admin <id>" until we see their name.
  if (ctx.actor && from && ctx.actor.fullName === `Admin ${from.id}`) {
    const name = [from.first_name, from.last_name].filter(Boolean).join(" ");
    await adoptChatName(ctx.deps, ctx.actor.memberId, name);
    ctx.actor.fullName = name;
  }
  await next();
}
