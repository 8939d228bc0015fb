import { directQuery } from "../../db/direct-sql.ts";
import type { Actor, MemberRole } from "../../domain/access/roles.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";
import type { SeenIdentity } from "./note-identity-seen.ts";

export interface ActorProfile extends Actor {
  fullName: string;
  locale: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  /** The chat identity this turn came from, and when it was last seen (for delivery routing). */
  seen: SeenIdentity;
}

interface Row {
  memberId: string;
  role: string;
  agencyId: string | null;
  fullName: string;
  locale: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  identityId: string;
  unreachable: number | string;
  seenAt: string | null;
}

/**
 * The active member behind a chat account, or null (unknown or removed: treated alike).
 * Runs on every update, so it is one joined query (portable SQL) rather than three.
 */
export async function resolveActor(
  { db }: Pick<ServiceDeps, "db">,
  account: { channel: string; externalId: string },
): Promise<ActorProfile | null> {
  const rows = await directQuery<Row>(
    db,
    Prisma.sql`
    SELECT m."id" AS "memberId", m."role" AS "role", m."agencyId" AS "agencyId", m."fullName" AS "fullName",
           m."locale" AS "locale", a."code" AS "agencyCode", a."name" AS "agencyName",
           i."id" AS "identityId", CASE WHEN i."unreachableAt" IS NULL THEN 0 ELSE 1 END AS "unreachable",
           s."value" AS "seenAt"
    FROM "ChatIdentity" i
    JOIN "Member" m ON m."id" = i."memberId"
    LEFT JOIN "Agency" a ON a."id" = m."agencyId"
    LEFT JOIN "Session" s ON s."key" = 'seen:' || i."id"
    WHERE i."channel" = ${account.channel} AND i."externalId" = ${account.externalId} AND m."removedAt" IS NULL`,
  );
  const r = rows[0];
  if (r === undefined) return null;
  const { identityId, unreachable, seenAt, ...profile } = r;
  const seen = seenAt === null ? null : new Date(seenAt);
  return {
    ...profile,
    role: r.role as MemberRole,
    seen: {
      identityId,
      unreachable: Number(unreachable) !== 0,
      seenAt: seen === null || Number.isNaN(seen.getTime()) ? null : seen,
    },
  };
}
