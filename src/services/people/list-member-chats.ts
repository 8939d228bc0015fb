import type { MemberRole } from "../../domain/access/roles.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Where each active member can be reached on a channel (for per-chat command menus). */
export async function listMemberChats(
  deps: Pick<ServiceDeps, "db">,
  channel: string,
): Promise<{ chatId: string; role: MemberRole }[]> {
  const rows = await deps.db.chatIdentity.findMany({
    where: { channel, chatId: { not: null }, unreachableAt: null, member: { removedAt: null } },
    select: { chatId: true, member: { select: { role: true } } },
  });
  return rows.map((r) => ({ chatId: r.chatId ?? "", role: r.member.role as MemberRole }));
}
