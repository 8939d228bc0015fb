import { Composer } from "grammy";
import { formatInstant } from "../../../domain/format-date.ts";
import { formatMillion } from "../../../domain/money.ts";
import { reportHistory } from "../../../services/report-history.ts";
import type { BotContext } from "../context.ts";
import { localeOf, replyLong, requireActor } from "./shared.ts";

export const history = new Composer<BotContext>();

history.command("history", async (ctx) => {
  const actor = requireActor(ctx);
  const [code, periodKey] = ctx.match.trim().split(/\s+/).filter(Boolean);
  if (code === undefined) return void (await ctx.reply(ctx.t("history-usage")));
  const h = await reportHistory(ctx.deps, {
    actor,
    itemCode: code.toUpperCase(),
    ...(periodKey ? { periodKey } : {}),
  });
  const period = `${h.period.label} (${h.period.key})`;
  if (h.revisions.length === 0)
    return void (await ctx.reply(ctx.t("history-none", { code: h.itemCode, period })));
  const locale = await localeOf(ctx);
  const rows = h.revisions.map((r) => {
    const details = [
      r.progressPermille === null ? null : `${r.progressPermille / 10}%`,
      r.disbursedTotalVnd === null
        ? null
        : ctx.t("history-money", { amount: formatMillion(r.disbursedTotalVnd, locale) }),
      r.submittedBy?.fullName ?? null,
    ].filter(Boolean);
    return ctx.t("history-row", {
      revision: r.number,
      at: formatInstant(r.submittedAt, ctx.deps.timezone, locale),
      late: r.late ? ctx.t("history-late") : "",
      status: ctx.t(`status-${r.status}`),
      details: details.join(" · "),
    });
  });
  await replyLong(
    ctx,
    [ctx.t("history-header", { code: h.itemCode, period, reference: h.reference ?? "" }), ...rows].join("\n"),
  );
});
