import type { ServiceDeps } from "../service-deps.ts";

/** A member created from configuration (the first admin) takes the name their chat account shows. */
export async function adoptChatName(
  deps: Pick<ServiceDeps, "db">,
  memberId: string,
  fullName: string,
): Promise<void> {
  if (fullName.trim() === "") return;
  await deps.db.member.update({ where: { id: memberId }, data: { fullName: fullName.trim() } });
}
