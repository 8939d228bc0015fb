import { Composer } from "grammy";
import {
  agencyRequirement,
  invitableRoles,
  MEMBER_ROLES,
  type MemberRole,
} from "../../../domain/access/roles.ts";
import { formatInstant } from "../../../domain/format-date.ts";
import { AppError } from "../../../services/app-error.ts";
import { createInvite } from "../../../services/create-invite.ts";
import { inviteLink } from "../../../services/invite-code.ts";
import { listAgencies } from "../../../services/list-agencies.ts";
import type { BotContext } from "../context.ts";
import { AGENCIES_PER_PAGE, agencyKeyboard, roleKeyboard } from "../keyboards/invite-keyboards.ts";
import { agencySuffix, localeOf, requireActor, roleLabel } from "./shared.ts";
import { onCallback } from "./on-callback.ts";

export const invite = new Composer<BotContext>();

async function sendCreated(ctx: BotContext, role: MemberRole, agencyCode: string | undefined) {
  const created = await createInvite(ctx.deps, {
    actor: requireActor(ctx),
    role,
    agencyCode,
    ttlDays: ctx.deps.inviteTtlDays,
  });
  const username = ctx.me?.username;
  const text = ctx.t("invite-created", {
    role: roleLabel(ctx, role),
    agency: agencySuffix(ctx, created.agencyName),
    link: username
      ? inviteLink(username, created.code)
      : ctx.t("invite-link-unavailable", { code: created.code }),
    code: created.code,
    expires: formatInstant(created.expiresAt, ctx.deps.timezone, await localeOf(ctx)),
  });
  if (ctx.callbackQuery) await ctx.editMessageText(text);
  else await ctx.reply(text);
}

async function showAgencies(ctx: BotContext, role: MemberRole, page: number) {
  const agencies = await listAgencies(ctx.deps, requireActor(ctx));
  const pages = Math.max(1, Math.ceil(agencies.length / AGENCIES_PER_PAGE));
  const p = Math.min(page, pages - 1);
  await ctx.editMessageText(
    ctx.t("invite-choose-agency", { role: roleLabel(ctx, role), page: p + 1, pages }),
    {
      reply_markup: agencyKeyboard(role, agencies, p, {
        none: ctx.t("invite-no-agency-button"),
        prev: ctx.t("invite-prev"),
        next: ctx.t("invite-next"),
      }),
    },
  );
}

invite.command("invite", async (ctx) => {
  const actor = requireActor(ctx);
  const roles = invitableRoles(actor);
  if (roles.length === 0) throw new AppError("forbidden");
  const [roleArg, agencyArg] = ctx.match.trim().split(/\s+/).filter(Boolean);
  if (roleArg !== undefined) {
    const role = MEMBER_ROLES.find((r) => r === roleArg);
    if (role === undefined || !roles.includes(role)) throw new AppError("forbidden");
    return sendCreated(ctx, role, agencyArg);
  }
  await ctx.reply(ctx.t("invite-choose-role"), {
    reply_markup: roleKeyboard(roles, (r) => roleLabel(ctx, r)),
  });
});

onCallback(invite, "inv-role", async (ctx, data) => {
  if (!invitableRoles(requireActor(ctx)).includes(data.role)) throw new AppError("forbidden");
  if (agencyRequirement(data.role) === "none") return sendCreated(ctx, data.role, undefined);
  return showAgencies(ctx, data.role, 0);
});

onCallback(invite, "inv-page", async (ctx, data) => {
  if (!invitableRoles(requireActor(ctx)).includes(data.role)) throw new AppError("forbidden");
  return showAgencies(ctx, data.role, data.page);
});

onCallback(invite, "inv-agency", async (ctx, data) => {
  return sendCreated(ctx, data.role, data.agency === "-" ? undefined : data.agency);
});
