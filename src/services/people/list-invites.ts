import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Invites not used, revoked or expired yet, newest first. */
export async function listPendingInvites(deps: ServiceDeps, actor: Actor | "system") {
  if (!allowed(actor, "invite.revoke")) throw new AppError("forbidden");
  return deps.db.invite.findMany({
    where: { purpose: "join", usedAt: null, revokedAt: null, expiresAt: { gt: deps.clock.now() } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      agency: { select: { code: true, name: true } },
    },
  });
}
