import { randomUUID } from "node:crypto";
import { audit } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** Makes sure each configured Telegram user id is an active admin (ADMIN_TELEGRAM_IDS). */
export async function bootstrapAdmins(deps: ServiceDeps, telegramIds: string[]): Promise<number> {
  const { db, clock } = deps;
  let created = 0;
  for (const externalId of telegramIds) {
    const identity = await db.chatIdentity.findUnique({
      where: { channel_externalId: { channel: "telegram", externalId } },
      include: { member: true },
    });
    if (identity && identity.member.removedAt === null && identity.member.role === "admin") continue;
    const now = clock.now();
    const memberId = randomUUID();
    await db.$transaction(async (tx) => {
      await tx.member.create({
        data: { id: memberId, fullName: `Admin ${externalId}`, role: "admin", createdAt: now },
      });
      await tx.chatIdentity.upsert({
        where: { channel_externalId: { channel: "telegram", externalId } },
        create: {
          id: randomUUID(),
          memberId,
          channel: "telegram",
          externalId,
          chatId: externalId,
          createdAt: now,
        },
        update: { memberId },
      });
      await audit(tx, {
        at: now,
        actorLabel: "config",
        action: "admin.bootstrap",
        entity: "member",
        entityId: memberId,
      });
    });
    created++;
  }
  return created;
}
