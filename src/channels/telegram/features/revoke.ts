import { Composer, InlineKeyboard } from "grammy";
import { canRemove } from "../../../domain/access/roles.ts";
import { listMembers } from "../../../services/list-members.ts";
import { listPendingInvites } from "../../../services/list-invites.ts";
import { removeMember } from "../../../services/remove-member.ts";
import { revokeInvite } from "../../../services/revoke-invite.ts";
import { encodeCallback } from "../callback-data/callback-data.ts";
import type { BotContext } from "../context.ts";
import { onCallback } from "./on-callback.ts";
import { agencySuffix, requireActor, roleLabel } from "./shared.ts";

export const revoke = new Composer<BotContext>();

revoke.command("revoke", async (ctx) => {
  const actor = requireActor(ctx);
  const invites = await listPendingInvites(ctx.deps, actor);
  const members = (await listMembers(ctx.deps, actor)).filter((m) =>
    canRemove(actor, { memberId: m.id, role: m.role }),
  );
  if (invites.length + members.length === 0) return void (await ctx.reply(ctx.t("revoke-nothing")));
  const kb = new InlineKeyboard();
  for (const i of invites) {
    const label = ctx.t("revoke-invite-button", {
      role: roleLabel(ctx, i.role),
      agency: agencySuffix(ctx, i.agency?.code ?? null),
    });
    kb.text(label, encodeCallback({ kind: "rv-inv", id: i.id })).row();
  }
  for (const m of members) {
    const label = ctx.t("revoke-member-button", { name: m.fullName, role: roleLabel(ctx, m.role) });
    kb.text(label, encodeCallback({ kind: "rv-mem", id: m.id })).row();
  }
  await ctx.reply(ctx.t("revoke-header"), { reply_markup: kb });
});

onCallback(revoke, "rv-inv", async (ctx, data) => {
  const result = await revokeInvite(ctx.deps, { actor: requireActor(ctx), inviteId: data.id });
  await ctx.editMessageText(ctx.t(result === "revoked" ? "revoke-invite-done" : "revoke-invite-already"));
});

onCallback(revoke, "rv-mem", async (ctx, data) => {
  const actor = requireActor(ctx);
  const target = (await listMembers(ctx.deps, actor)).find((m) => m.id === data.id);
  if (target === undefined) return void (await ctx.editMessageText(ctx.t("error-member-not-found")));
  const kb = new InlineKeyboard()
    .text(ctx.t("revoke-confirm-yes"), encodeCallback({ kind: "rv-mem-ok", id: data.id }))
    .text(ctx.t("revoke-confirm-no"), encodeCallback({ kind: "rv-cancel" }));
  await ctx.editMessageText(ctx.t("revoke-confirm-member", { name: target.fullName }), { reply_markup: kb });
});

onCallback(revoke, "rv-mem-ok", async (ctx, data) => {
  const removed = await removeMember(ctx.deps, { actor: requireActor(ctx), memberId: data.id });
  await ctx.editMessageText(ctx.t("revoke-member-done", { name: removed.fullName }));
});

onCallback(revoke, "rv-cancel", async (ctx) => {
  await ctx.editMessageText(ctx.t("revoke-cancelled"));
});
