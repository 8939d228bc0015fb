import { randomUUID } from "node:crypto";
import type { Actor } from "../../domain/access/roles.ts";
import { audit } from "../audit.ts";
import { hashInviteCode, newInviteCode } from "./invite-code.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface CreatedLinkCode {
  code: string;
  expiresAt: Date;
}

/**
 * A short code a member sends from another chat app to add that account to themselves (one person,
 * several channels). Single use, valid `ttlMinutes`; asking again revokes the previous one.
 */
export async function createLinkCode(
  deps: ServiceDeps,
  options: { actor: Actor; ttlMinutes: number },
): Promise<CreatedLinkCode> {
  const { db, clock } = deps;
  const { actor } = options;
  const code = newInviteCode();
  const codeHash = await hashInviteCode(code);
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + options.ttlMinutes * 60_000);
  const id = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.invite.updateMany({
      where: { purpose: "link", linkMemberId: actor.memberId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.invite.create({
      data: {
        id,
        codeHash,
        purpose: "link",
        linkMemberId: actor.memberId,
        role: actor.role,
        createdById: actor.memberId,
        createdAt: now,
        expiresAt,
      },
    });
    await audit(tx, {
      at: now,
      actorMemberId: actor.memberId,
      action: "link.create",
      entity: "invite",
      entityId: id,
      data: { expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt };
}
