import { allowed, type Actor, type MemberRole } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { firstPosition } from "../plan/plan-agencies.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface MemberRow {
  id: string;
  fullName: string;
  role: MemberRole;
  agencyCode: string | null;
  agencyName: string | null;
  username: string | null;
  unreachable: boolean;
  /** The chat apps they are linked on ("telegram", "zalo"), and the one chosen for reminders. */
  channels: string[];
  preferredChannel: string | null;
}

/** Active members, by agency then name. */
export async function listMembers(deps: ServiceDeps, actor: Actor | "system"): Promise<MemberRow[]> {
  if (!allowed(actor, "member.list")) throw new AppError("forbidden");
  const members = await deps.db.member.findMany({
    where: { removedAt: null },
    include: {
      agency: { select: { code: true, name: true, plans: { select: { position: true } } } },
      identities: true,
    },
  });
  return members
    .map((m) => ({
      id: m.id,
      fullName: m.fullName,
      role: m.role as MemberRole,
      agencyCode: m.agency?.code ?? null,
      agencyName: m.agency?.name ?? null,
      username: m.identities[0]?.username ?? null,
      unreachable: m.identities.length > 0 && m.identities.every((i) => i.unreachableAt !== null),
      channels: [...new Set(m.identities.map((i) => i.channel))].sort(),
      preferredChannel: m.preferredChannel,
      order: m.agency === null ? -1 : firstPosition(m.agency),
    }))
    .sort((a, b) => a.order - b.order || a.fullName.localeCompare(b.fullName, "vi"))
    .map(({ order: _order, ...row }) => row);
}
