// Which of a person's chats a person-addressed row goes to: the rule alone, then through the real
// sender with two channels (one row, one key, one send, whatever fails).
import { randomUUID } from "node:crypto";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { chooseDeliveryTargets } from "../../../src/services/outbox/choose-delivery-identity.ts";
import { sendDueOutbox } from "../../../src/services/outbox/send-due-outbox.ts";
import { identitySeenKey } from "../../../src/services/people/note-identity-seen.ts";
import { enqueueDueReminders } from "../../../src/services/reminders/enqueue-due-reminders.ts";
import { instantThrottle, MovableClock, RecordingChannel } from "../../support/reminder-world.ts";
import { outboxWorld } from "../../support/outbox-world.ts";
import type { TempDatabase } from "../../support/temp-database.ts";

const logger = pino({ level: "silent" });
const at = (iso: string) => new Date(iso);
const identity = (id: string, channel: string, createdAt: string, extra: { unreachableAt?: Date } = {}) => ({
  id,
  channel,
  chatId: `chat-${id}`,
  unreachableAt: extra.unreachableAt ?? null,
  createdAt: at(createdAt),
});

describe("chooseDeliveryTargets", () => {
  const tg = identity("tg", "telegram", "2023-01-01T00:00:00Z");
  const zl = identity("zl", "zalo", "2023-02-01T00:00:00Z");

  it("the preferred channel first, whatever was used last", () => {
    const lastSeen = new Map([["tg", at("2023-03-01T00:00:00Z")]]);
    const targets = chooseDeliveryTargets({ identities: [tg, zl], preferredChannel: "zalo", lastSeen });
    expect(targets.map((t) => t.channel)).toEqual(["zalo", "telegram"]);
    expect(targets[0]).toEqual({ channel: "zalo", chatId: "chat-zl", identityId: "zl" });
  });

  it("none preferred: the chat the person wrote from last, else the one linked last", () => {
    const seenTg = new Map([["tg", at("2023-03-01T00:00:00Z")]]);
    const order = (lastSeen: Map<string, Date>) =>
      chooseDeliveryTargets({ identities: [tg, zl], preferredChannel: null, lastSeen }).map((t) => t.channel);
    expect(order(seenTg)).toEqual(["telegram", "zalo"]);
    expect(order(new Map())).toEqual(["zalo", "telegram"]);
  });

  it("unreachable chats and chats without a chat id are left out", () => {
    const blocked = identity("zl", "zalo", "2023-02-01T00:00:00Z", {
      unreachableAt: at("2023-03-01T00:00:00Z"),
    });
    const noChat = { ...identity("sb", "sandbox", "2023-02-02T00:00:00Z"), chatId: null };
    const targets = chooseDeliveryTargets({
      identities: [tg, blocked, noChat],
      preferredChannel: "zalo",
      lastSeen: new Map(),
    });
    expect(targets.map((t) => t.channel)).toEqual(["telegram"]);
  });
});

describe("delivery to a person on two channels", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  async function twoChannelPerson(preferredChannel: string | null) {
    const clock = new MovableClock(new Date("2023-03-08T01:00:00Z"));
    temp = await outboxWorld({ people: 1, clock });
    const db = temp.db;
    const member = await db.member.findFirstOrThrow({ include: { identities: true } });
    const telegramIdentity = member.identities[0]!;
    const zaloIdentity = await db.chatIdentity.create({
      data: {
        id: randomUUID(),
        memberId: member.id,
        channel: "zalo",
        externalId: "a1b2c3d4e5f6a7b8c9d0",
        chatId: "a1b2c3d4e5f6a7b8c9d0",
        // Linked after the Telegram chat (the old order, oldest first, would pick Telegram).
        createdAt: new Date(telegramIdentity.createdAt.getTime() + 60_000),
      },
    });
    await db.member.update({ where: { id: member.id }, data: { preferredChannel } });
    // The standing office, told when nobody can be reached.
    await db.member.create({
      data: {
        id: randomUUID(),
        fullName: "Văn phòng",
        role: "standing-office",
        identities: {
          create: { id: randomUUID(), channel: "telegram", externalId: "office", chatId: "office" },
        },
      },
    });
    const { added } = await enqueueDueReminders({ db, clock }, clock.now());
    const mine = await db.outbox.count({ where: { recipientMemberId: member.id } });
    expect(mine).toBeGreaterThan(0);
    const telegram = new RecordingChannel(clock);
    const zalo = new RecordingChannel(clock);
    const send = (channels: Record<string, RecordingChannel>) =>
      sendDueOutbox(
        { db, clock },
        {
          channels: Object.fromEntries(
            Object.entries(channels).map(([name, adapter]) => [
              name,
              { adapter, throttle: instantThrottle() },
            ]),
          ),
          logger,
        },
      );
    return { db, clock, member, telegramIdentity, zaloIdentity, added, mine, telegram, zalo, send };
  }

  it("goes to the preferred channel only, once per row", async () => {
    const w = await twoChannelPerson("zalo");
    await w.send({ telegram: w.telegram, zalo: w.zalo });
    expect(w.zalo.delivered).toHaveLength(w.mine);
    expect(w.telegram.delivered.filter((d) => d.chatId === w.telegramIdentity.chatId)).toHaveLength(0);
    const rows = await w.db.outbox.findMany({ where: { recipientMemberId: w.member.id } });
    expect(rows.every((r) => r.status === "sent" && r.channel === "zalo")).toBe(true);
    expect(new Set(w.zalo.delivered.map((d) => d.outboxId)).size).toBe(w.mine);
  });

  it("none preferred: the chat the person wrote from last", async () => {
    const w = await twoChannelPerson(null);
    await w.db.session.create({
      data: { key: identitySeenKey(w.telegramIdentity.id), value: "2023-03-06T09:00:00.000Z" },
    });
    await w.db.session.create({
      data: { key: identitySeenKey(w.zaloIdentity.id), value: "2023-03-07T09:00:00.000Z" },
    });
    await w.send({ telegram: w.telegram, zalo: w.zalo });
    expect(w.zalo.delivered).toHaveLength(w.mine);
    expect(w.telegram.delivered).toHaveLength(0);
  });

  it("the preferred chat refuses (blocked): the other channel gets it, still once", async () => {
    const w = await twoChannelPerson("zalo");
    w.zalo.blocked.add(w.zaloIdentity.chatId!);
    await w.send({ telegram: w.telegram, zalo: w.zalo });
    expect(w.zalo.delivered).toHaveLength(0);
    expect(w.telegram.delivered).toHaveLength(w.mine);
    expect(new Set(w.telegram.delivered.map((d) => d.outboxId)).size).toBe(w.mine);
    const zalo = await w.db.chatIdentity.findUniqueOrThrow({ where: { id: w.zaloIdentity.id } });
    expect(zalo.unreachableAt).not.toBeNull();
    expect(w.telegram.notices).toEqual([]);
  });

  it("the preferred channel does not run in this process: the other one is used", async () => {
    const w = await twoChannelPerson("zalo");
    await w.send({ telegram: w.telegram });
    expect(w.telegram.delivered).toHaveLength(w.mine);
    const rows = await w.db.outbox.findMany({ where: { recipientMemberId: w.member.id } });
    expect(rows.every((r) => r.channel === "telegram")).toBe(true);
  });

  it("unreachable on both: marked unreachable, the standing office is told once per message", async () => {
    const w = await twoChannelPerson("telegram");
    w.zalo.blocked.add(w.zaloIdentity.chatId!);
    w.telegram.blocked.add(w.telegramIdentity.chatId!);
    await w.send({ telegram: w.telegram, zalo: w.zalo });
    expect(w.telegram.delivered).toHaveLength(0);
    expect(w.zalo.delivered).toHaveLength(0);
    const rows = await w.db.outbox.findMany({ where: { recipientMemberId: w.member.id } });
    expect(rows.every((r) => r.status === "unreachable")).toBe(true);
    // Reminders of one person go out as one message (batching): the office hears once per message
    // that could not be delivered, so between once and once per row, depending on how the rows
    // were claimed together.
    expect(w.telegram.notices.length).toBeGreaterThanOrEqual(1);
    expect(w.telegram.notices.length).toBeLessThanOrEqual(w.mine);
    expect(w.telegram.notices.every((n) => n === `office:${w.member.fullName}`)).toBe(true);
  });
});
