// Configured admins (ADMIN_TELEGRAM_IDS) made sure of at every start. Several instances start at
// once on one database: each writes only what it found missing, and a write another instance made
// first (the identity's unique key, or the identity moved meanwhile) rolls its attempt back, and
// it looks again, so each id ends with one admin and no stray member.
import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { audit } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Another instance changed the identity between our look and our write. */
class Overtaken extends Error {}

/** Makes sure each configured Telegram user id is an active admin (ADMIN_TELEGRAM_IDS). */
export async function bootstrapAdmins(deps: ServiceDeps, telegramIds: string[]): Promise<number> {
  let created = 0;
  for (const externalId of telegramIds) if (await bootstrapAdmin(deps, externalId)) created++;
  return created;
}

/** True when this call made the admin; false when they were one already (or another instance made them). */
async function bootstrapAdmin(deps: ServiceDeps, externalId: string): Promise<boolean> {
  const { db, clock } = deps;
  for (let attempt = 0; ; attempt++) {
    const identity = await db.chatIdentity.findUnique({
      where: { channel_externalId: { channel: "telegram", externalId } },
      include: { member: true },
    });
    if (identity && identity.member.removedAt === null && identity.member.role === "admin") return false;
    const now = clock.now();
    const memberId = randomUUID();
    try {
      await db.$transaction(async (tx) => {
        await tx.member.create({
          data: { id: memberId, fullName: `Admin ${externalId}`, role: "admin", createdAt: now },
        });
        if (identity) {
          const moved = await tx.chatIdentity.updateMany({
            where: { id: identity.id, memberId: identity.memberId },
            data: { memberId },
          });
          if (moved.count === 0) throw new Overtaken();
        } else {
          await tx.chatIdentity.create({
            data: {
              id: randomUUID(),
              memberId,
              channel: "telegram",
              externalId,
              chatId: externalId,
              createdAt: now,
            },
          });
        }
        await audit(tx, {
          at: now,
          actorLabel: "config",
          action: "admin.bootstrap",
          entity: "member",
          entityId: memberId,
        });
      });
      return true;
    } catch (e) {
      if (attempt >= 3 || !(e instanceof Overtaken || isUniqueViolation(e))) throw e;
    }
  }
}
