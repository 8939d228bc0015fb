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

/**
 * Appends to the audit log (inside the caller's transaction when given one). A raw insert: every
 * confirmed report writes one in its transaction, where it costs Prisma's engine about half what
 * a model query does.
 */
export async function audit(db: Db | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "AuditLog" ("id", "at", "actorMemberId", "actorLabel", "action", "entity", "entityId", "data")
    VALUES (${randomUUID()}, ${entry.at}, ${entry.actorMemberId ?? null}, ${entry.actorLabel ?? null},
      ${entry.action}, ${entry.entity}, ${entry.entityId ?? null}, ${JSON.stringify(entry.data ?? {})})`;
}

/** Who did it, as the audit log records it: a member, or the CLI run by the operator ("system"). */
export function auditActor(actor: { memberId: string } | "system") {
  return actor === "system"
    ? { actorMemberId: null, actorLabel: "cli" }
    : { actorMemberId: actor.memberId, actorLabel: "member" };
}
