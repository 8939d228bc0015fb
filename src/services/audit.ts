import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/open-database.ts";

export interface AuditEntry {
  at: Date;
  actorMemberId?: string | null;
  actorLabel?: string;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
}

/** Appends to the audit log (inside the caller's transaction when given one). */
export async function audit(db: Db | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      id: randomUUID(),
      at: entry.at,
      actorMemberId: entry.actorMemberId ?? null,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      data: JSON.stringify(entry.data ?? {}),
    },
  });
}

/** Who did it, as the audit log records it: a member, or the CLI run by the operator ("system"). */
export function auditActor(actor: { memberId: string } | "system") {
  return actor === "system"
    ? { actorMemberId: null, actorLabel: "cli" }
    : { actorMemberId: actor.memberId, actorLabel: "member" };
}
