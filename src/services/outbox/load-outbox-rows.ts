import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/open-database.ts";

const ROW_INCLUDE = {
  assignment: { include: { agency: true, workItem: true, plan: { select: { timezone: true } } } },
  period: true,
  recipient: { include: { agency: true, identities: { orderBy: { createdAt: "asc" } } } },
  subscription: true,
} satisfies Prisma.OutboxInclude;

/** A claimed row with everything its kind needs to be rendered and routed. */
export type OutboxRow = Prisma.OutboxGetPayload<{ include: typeof ROW_INCLUDE }>;

/** One query for a claimed batch (in claim order). */
export async function loadOutboxRows(db: Db, ids: string[]): Promise<OutboxRow[]> {
  const rows = await db.outbox.findMany({ where: { id: { in: ids } }, include: ROW_INCLUDE });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
