import { Composer } from "grammy";
import { requestCorrection } from "../../../services/request-correction.ts";
import type { BotContext } from "../context.ts";
import { requireActor } from "./shared.ts";

export const correct = new Composer<BotContext>();

/** /correct <item> [period] <reason>: a leader or the standing office asks for a corrected report. */
correct.command("correct", async (ctx) => {
  const actor = requireActor(ctx);
  const [code, ...rest] = ctx.match.trim().split(/\s+/).filter(Boolean);
  const periodKey =
    rest[0] !== undefined && /^\d{4}-(Q[1-4]|H[12]|Y|\d{2})$/i.test(rest[0])
      ? rest.shift()?.toUpperCase()
      : undefined;
  const reason = rest.join(" ");
  if (code === undefined || reason === "") return void (await ctx.reply(ctx.t("correct-usage")));
  const notice = await requestCorrection(ctx.deps, {
    actor,
    itemCode: code.toUpperCase(),
    reason,
    ...(periodKey ? { periodKey } : {}),
  });
  await ctx.reply(
    ctx.t("correct-done", { code: notice.itemCode, key: notice.period.key, count: notice.notified }),
  );
});
