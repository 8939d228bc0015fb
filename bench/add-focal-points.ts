import { randomUUID } from "node:crypto";
import type { Db } from "../src/db/open-database.ts";

/** One focal point with a Telegram identity for every agency (bench worlds). */
export async function addFocalPoints(db: Db, now: Date): Promise<void> {
  const agencies = await db.agency.findMany({ select: { id: true } });
  const members = agencies.map((a, i) => ({
    id: randomUUID(),
    fullName: `Đầu mối ${i + 1}`,
    role: "focal-point",
    agencyId: a.id,
    locale: "vi",
    createdAt: now,
  }));
  await db.member.createMany({ data: members });
  await db.chatIdentity.createMany({
    data: members.map((m, i) => ({
      id: randomUUID(),
      memberId: m.id,
      channel: "telegram",
      externalId: String(1000 + i),
      chatId: String(1000 + i),
      createdAt: now,
    })),
  });
}
