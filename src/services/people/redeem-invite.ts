import { randomUUID } from "node:crypto";
import type { MemberRole } from "../../domain/access/roles.ts";
import { audit } from "../audit.ts";
import { hashInviteCode } from "./invite-code.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface ChatAccount {
  channel: string;
  externalId: string;
  chatId: string;
  fullName: string;
  username: string | null;
  locale: string | null;
}

export type RedeemResult =
  | { kind: "joined"; memberId: string; role: MemberRole; agencyName: string | null; again: boolean }
  | { kind: "unknown" | "used" | "expired" | "revoked" | "already-member" };

/**
 * Joins with an invite code. The code is claimed atomically (two taps, two devices or a retried
 * update cannot use it twice); a bad code changes nothing.
 */
export async function redeemInvite(
  deps: ServiceDeps,
  options: { code: string; account: ChatAccount; codeHash?: string },
): Promise<RedeemResult> {
  const { db, clock } = deps;
  const { account } = options;
  const now = clock.now();
  const invite = await db.invite.findUnique({
    where: { codeHash: options.codeHash ?? (await hashInviteCode(options.code)) },
    include: { agency: { select: { name: true } } },
  });
  if (invite === null || invite.purpose !== "join") return { kind: "unknown" };
  const identity = await db.chatIdentity.findUnique({
    where: { channel_externalId: { channel: account.channel, externalId: account.externalId } },
    include: { member: true },
  });
  const activeMember = identity?.member.removedAt === null ? identity.member : null;
  if (invite.usedAt !== null) {
    // The same person sending the same code again (a retried update): already done.
    if (activeMember !== null && invite.usedByMemberId === activeMember.id) {
      return {
        kind: "joined",
        memberId: activeMember.id,
        role: invite.role as MemberRole,
        agencyName: invite.agency?.name ?? null,
        again: true,
      };
    }
    return { kind: "used" };
  }
  if (invite.revokedAt !== null) return { kind: "revoked" };
  if (invite.expiresAt <= now) return { kind: "expired" };
  if (activeMember !== null) return { kind: "already-member" };

  return db.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return { kind: "used" as const };
    const memberId = randomUUID();
    await tx.member.create({
      data: {
        id: memberId,
        fullName: account.fullName,
        role: invite.role,
        agencyId: invite.agencyId,
        locale: account.locale,
        createdAt: now,
      },
    });
    await tx.chatIdentity.upsert({
      where: { channel_externalId: { channel: account.channel, externalId: account.externalId } },
      create: {
        id: randomUUID(),
        memberId,
        channel: account.channel,
        externalId: account.externalId,
        chatId: account.chatId,
        username: account.username,
        createdAt: now,
      },
      update: { memberId, chatId: account.chatId, username: account.username, unreachableAt: null },
    });
    await tx.invite.update({ where: { id: invite.id }, data: { usedByMemberId: memberId } });
    await audit(tx, {
      at: now,
      actorMemberId: memberId,
      action: "invite.redeem",
      entity: "invite",
      entityId: invite.id,
      data: { role: invite.role },
    });
    return {
      kind: "joined" as const,
      memberId,
      role: invite.role as MemberRole,
      agencyName: invite.agency?.name ?? null,
      again: false,
    };
  });
}
