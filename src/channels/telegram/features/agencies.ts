import { Composer } from "grammy";
import { listAgencies } from "../../../services/list-agencies.ts";
import { listMembers } from "../../../services/list-members.ts";
import type { BotContext } from "../context.ts";
import { agencySuffix, replyLong, requireActor, roleLabel } from "./shared.ts";

export const agencies = new Composer<BotContext>();

agencies.command("agencies", async (ctx) => {
  const rows = await listAgencies(ctx.deps, requireActor(ctx));
  const lines = rows.map((a) =>
    ctx.t("agencies-row", {
      code: a.code,
      office: a.isStandingOffice ? ctx.t("agencies-office-mark") : "",
      name: a.name,
      items: a.reportingItems,
      focal: a.focalPoints,
    }),
  );
  await replyLong(ctx, [ctx.t("agencies-header", { count: rows.length }), ...lines].join("\n"));
});

agencies.command("members", async (ctx) => {
  const rows = await listMembers(ctx.deps, requireActor(ctx));
  if (rows.length === 0) return void (await ctx.reply(ctx.t("members-none")));
  const lines = rows.map((m) =>
    ctx.t("members-row", {
      name: m.fullName + (m.username ? ` (@${m.username})` : ""),
      role: roleLabel(ctx, m.role),
      agency: agencySuffix(ctx, m.agencyName),
      unreachable: m.unreachable ? ctx.t("members-unreachable") : "",
    }),
  );
  await replyLong(ctx, [ctx.t("members-header", { count: rows.length }), ...lines].join("\n"));
});
