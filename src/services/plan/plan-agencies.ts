import type { Prisma } from "../../generated/prisma/client.ts";

/** The agencies a plan names, in its order: the registry's agency, its position and printed name. */
export async function planAgencies(db: Prisma.TransactionClient, planId: string) {
  const rows = await db.planAgency.findMany({
    where: { planId },
    orderBy: { position: "asc" },
    include: { agency: true },
  });
  return rows.map((r) => ({ ...r.agency, position: r.position, printedName: r.name }));
}

/** An agency's earliest place in the plans that name it (unnamed ones last). */
export const firstPosition = (a: { plans: { position: number }[] }): number =>
  a.plans.length === 0 ? Number.MAX_SAFE_INTEGER : Math.min(...a.plans.map((p) => p.position));

/** Registry agencies in the order plans list them, then by code. */
export function sortByPlanPosition<T extends { code: string; plans: { position: number }[] }>(
  list: T[],
): T[] {
  return [...list].sort((a, b) => firstPosition(a) - firstPosition(b) || a.code.localeCompare(b.code));
}
