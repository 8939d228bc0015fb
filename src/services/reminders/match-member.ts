import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

/**
 * Members whose name contains `text` (any case), for the standing office naming someone in a
 * command ("/away Hoa 10/07 - 21/07"); an exact name wins over partial ones.
 */
export async function matchMember(
  deps: ServiceDeps,
  o: { actor: Actor | "system"; text: string },
): Promise<{ id: string; fullName: string }[]> {
  if (!allowed(o.actor, "reminders.manage")) throw new AppError("forbidden");
  const needle = o.text.trim().toLocaleLowerCase("vi");
  const members = await deps.db.member.findMany({
    where: { removedAt: null },
    select: { id: true, fullName: true },
  });
  const exact = members.filter(
    (m) => m.fullName.toLocaleLowerCase("vi") === needle || m.id === o.text.trim(),
  );
  if (exact.length > 0) return exact;
  return members.filter((m) => m.fullName.toLocaleLowerCase("vi").includes(needle));
}
