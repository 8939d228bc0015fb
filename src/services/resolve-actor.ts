import type { Actor, MemberRole } from "../domain/access/roles.ts";
import type { ServiceDeps } from "./service-deps.ts";

export interface ActorProfile extends Actor {
  fullName: string;
  locale: string | null;
  agencyCode: string | null;
  agencyName: string | null;
}

/** The active member behind a chat account, or null (unknown or removed: treated alike). */
export async function resolveActor(
  { db }: Pick<ServiceDeps, "db">,
  account: { channel: string; externalId: string },
): Promise<ActorProfile | null> {
  const identity = await db.chatIdentity.findUnique({
    where: { channel_externalId: account },
    include: { member: { include: { agency: { select: { code: true, name: true } } } } },
  });
  const m = identity?.member;
  if (!m || m.removedAt !== null) return null;
  return {
    memberId: m.id,
    role: m.role as MemberRole,
    agencyId: m.agencyId,
    fullName: m.fullName,
    locale: m.locale,
    agencyCode: m.agency?.code ?? null,
    agencyName: m.agency?.name ?? null,
  };
}
