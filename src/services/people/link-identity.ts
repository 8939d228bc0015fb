import { randomUUID } from "node:crypto";
import type { MemberRole } from "../../domain/access/roles.ts";
import { audit } from "../audit.ts";
import { deliveryTargetsOf } from "../outbox/choose-delivery-identity.ts";
import { enqueueOutbox, outboxKey } from "../outbox/enqueue-outbox.ts";
import { hashInviteCode } from "./invite-code.ts";
import type { ChatAccount } from "./redeem-invite.ts";
import type { ServiceDeps } from "../service-deps.ts";

export type LinkResult =
  | {
      kind: "linked";
      memberId: string;
      fullName: string;
      role: MemberRole;
      /** Where reminders go (unchanged by linking). */
      preferredChannel: string | null;
      again: boolean;
    }
  | { kind: "unknown" | "used" | "expired" | "revoked" | "already-member" | "same-account" };

/**
 * Adds the chat account sending a link code to the member who asked for the code (one person,
 * several channels). The code is claimed atomically. Linking does not move reminders: a member
 * with no preferred channel gets, as preferred, the chat they were reached on until now, so the
 * new app does not silently take over; they choose with /channel.
 */
export async function linkIdentity(
  deps: ServiceDeps,
  options: { code: string; account: ChatAccount; codeHash?: string },
): Promise<LinkResult> {
  const { db, clock } = deps;
  const { account } = options;
  const now = clock.now();
  const invite = await db.invite.findUnique({
    where: { codeHash: options.codeHash ?? (await hashInviteCode(options.code)) },
  });
  if (invite === null || invite.purpose !== "link" || invite.linkMemberId === null)
    return { kind: "unknown" };
  const member = await db.member.findUnique({
    where: { id: invite.linkMemberId },
    include: { identities: true },
  });
  if (member === null || member.removedAt !== null) return { kind: "revoked" };
  const existing = await db.chatIdentity.findUnique({
    where: { channel_externalId: { channel: account.channel, externalId: account.externalId } },
    include: { member: { select: { removedAt: true } } },
  });
  const linked = (again: boolean) => ({
    kind: "linked" as const,
    memberId: member.id,
    fullName: member.fullName,
    role: member.role as MemberRole,
    preferredChannel: member.preferredChannel,
    again,
  });
  if (existing !== null && existing.memberId === member.id && existing.member.removedAt === null)
    return invite.usedAt !== null ? linked(true) : { kind: "same-account" };
  if (invite.usedAt !== null) return { kind: "used" };
  if (invite.revokedAt !== null) return { kind: "revoked" };
  if (invite.expiresAt <= now) return { kind: "expired" };
  if (existing !== null && existing.member.removedAt === null) return { kind: "already-member" };

  // Reminders stay where they reached the person until now.
  const preferredChannel =
    member.preferredChannel ?? (await deliveryTargetsOf(deps, member))[0]?.channel ?? null;
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now, usedByMemberId: member.id },
    });
    if (claimed.count !== 1) return { kind: "used" as const };
    const identity = await tx.chatIdentity.upsert({
      where: { channel_externalId: { channel: account.channel, externalId: account.externalId } },
      create: {
        id: randomUUID(),
        memberId: member.id,
        channel: account.channel,
        externalId: account.externalId,
        chatId: account.chatId,
        username: account.username,
        createdAt: now,
      },
      update: {
        memberId: member.id,
        chatId: account.chatId,
        username: account.username,
        unreachableAt: null,
      },
    });
    // The member's other apps are told, in case it was not them (sent to those apps only).
    if (member.identities.some((i) => i.id !== identity.id && i.chatId !== null))
      await enqueueOutbox(
        tx,
        [
          {
            kind: "link-notice",
            key: outboxKey.linkNotice(invite.id),
            recipientMemberId: member.id,
            payload: { channel: account.channel, identityId: identity.id, at: now.toISOString() },
            dueAt: now,
          },
        ],
        now,
      );
    if (preferredChannel !== member.preferredChannel)
      await tx.member.update({ where: { id: member.id }, data: { preferredChannel } });
    await audit(tx, {
      at: now,
      actorMemberId: member.id,
      actorLabel: `${account.channel}:${account.externalId}`,
      action: "identity.link",
      entity: "member",
      entityId: member.id,
      data: { channel: account.channel, inviteId: invite.id, preferredChannel },
    });
    return { ...linked(false), preferredChannel };
  });
  deps.outbox?.wake();
  return result;
}
