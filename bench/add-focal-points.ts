import { randomUUID } from "node:crypto";
import type { Db } from "../src/db/open-database.ts";

/** The bench's chat id of the i-th focal point: Telegram numbers, Zalo 20-hex-digit strings. */
export const chatIdOf = (channel: "telegram" | "zalo", i: number) =>
  channel === "telegram" ? String(1000 + i) : (0xa0000 + i).toString(16).padStart(20, "0");

/** One focal point with an identity on `channel` for every agency (bench worlds). */
export async function addFocalPoints(
  db: Db,
  now: Date,
  channel: "telegram" | "zalo" = "telegram",
): Promise<void> {
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
      channel,
      externalId: chatIdOf(channel, i),
      chatId: chatIdOf(channel, i),
      createdAt: now,
    })),
  });
}
