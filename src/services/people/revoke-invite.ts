import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { hashInviteCode } from "./invite-code.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Revokes a pending invite by id (bot) or by its code (CLI). Revoking twice changes nothing. */
export async function revokeInvite(
  deps: ServiceDeps,
  options: { actor: Actor | "system"; inviteId?: string; code?: string },
): Promise<"revoked" | "already-closed"> {
  const { db, clock } = deps;
  const { actor } = options;
  if (!allowed(actor, "invite.revoke")) throw new AppError("forbidden");
  const where =
    options.inviteId !== undefined
      ? { id: options.inviteId }
      : { codeHash: await hashInviteCode(options.code ?? ""), purpose: "join" };
  const invite = await db.invite.findFirst({ where });
  if (invite === null) throw new AppError("invite-not-found");
  const now = clock.now();
  const done = await db.invite.updateMany({
    where: { id: invite.id, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (done.count === 0) return "already-closed";
  await audit(db, {
    at: now,
    actorMemberId: actor === "system" ? null : actor.memberId,
    actorLabel: actor === "system" ? "cli" : "member",
    action: "invite.revoke",
    entity: "invite",
    entityId: invite.id,
  });
  return "revoked";
}
