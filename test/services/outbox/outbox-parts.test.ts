// A notification too long for one message, refused part-way: the retry sends only what did not
// arrive, through each real transport (the Telegram renderer over the fake Telegram server, the Zalo
// one over the fake Zalo server: both refuse a text over the platform's limit, as the real ones do).
import { randomUUID } from "node:crypto";
import { Api } from "grammy";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { telegramNotificationChannel } from "../../../src/channels/telegram/telegram-notification-channel.ts";
import { ZaloApi } from "../../../src/channels/zalo/zalo-api.ts";
import { zaloNotificationChannel } from "../../../src/channels/zalo/zalo-notification-channel.ts";
import type { NotificationChannel } from "../../../src/services/outbox/notification-channel.ts";
import { sendDueOutbox } from "../../../src/services/outbox/send-due-outbox.ts";
import { enqueueDueDigests } from "../../../src/services/summary/enqueue-due-digests.ts";
import { FakeTelegram } from "../../support/fake-telegram/fake-telegram-server.ts";
import { FakeZalo } from "../../support/fake-zalo/fake-zalo-server.ts";
import { outboxWorld } from "../../support/outbox-world.ts";
import { instantThrottle, MovableClock } from "../../support/reminder-world.ts";
import type { TempDatabase } from "../../support/temp-database.ts";

const logger = pino({ level: process.env.TEST_LOG ? "debug" : "silent" });
const OBSTACLE = "chưa bố trí được mặt bằng, thiếu giáo viên dạy nghề 🙏; ";

/** A platform's fake server and its notification channel. */
interface Transport {
  channel: string;
  limit: number;
  /** Two chats on it. */
  chats: [string, string];
  adapter: NotificationChannel;
  /** The next send of a part that is not the first is refused (for longer than the client retries). */
  refuseSecondPart(): void;
  textsTo(chatId: string): string[];
  stop(): Promise<void>;
}

const transports: Record<string, (temp: TempDatabase, clock: MovableClock) => Promise<Transport>> = {
  async telegram() {
    const token = "123456:parts-test-token_abcdefghijk";
    const tg = await new FakeTelegram(token).start();
    return {
      channel: "telegram",
      limit: 4096,
      chats: ["-100", "-200"],
      adapter: telegramNotificationChannel(new Api(token, { apiRoot: tg.apiRoot }), "vi"),
      refuseSecondPart: () =>
        tg.failNext(
          "sendMessage",
          { kind: "429", retryAfter: 120 },
          1,
          (p) => !String(p.text).startsWith("📊"),
        ),
      textsTo: (chatId) => tg.messagesTo(Number(chatId)).map((m) => m.text ?? ""),
      stop: () => tg.stop(),
    };
  },
  async zalo(temp, clock) {
    const token = "1234567890:parts-test-key_abcdef";
    const zalo = await new FakeZalo(token).start();
    return {
      channel: "zalo",
      limit: 2000,
      chats: [zalo.aUser().id, zalo.aUser().id],
      adapter: zaloNotificationChannel({
        api: new ZaloApi({ token, apiRoot: zalo.apiRoot, retries: 0 }),
        deps: { db: temp.db, clock },
        logger,
        digestLocale: "vi",
        sendsPerSecond: 1000,
      }),
      refuseSecondPart: () =>
        zalo.failNext("sendMessage", { kind: "500" }, 1, (p) => !String(p.text).startsWith("📊")),
      textsTo: (chatId) => zalo.messagesTo(chatId).map((m) => m.text ?? ""),
      stop: () => zalo.stop(),
    };
  },
};

describe.each(Object.keys(transports))("a notification in parts on %s, refused part-way", (name) => {
  let temp: TempDatabase | undefined;
  let transport: Transport | undefined;
  afterEach(async () => {
    await temp?.close();
    await transport?.stop();
    temp = transport = undefined;
  });

  /** Four reports whose obstacles fill the digest's notes (several parts); one chat subscribed. */
  async function world(clock: MovableClock) {
    temp = await outboxWorld({ people: 0, groups: 1, clock });
    const t = (transport = await transports[name]!(temp, clock));
    await temp.db.chatSubscription.updateMany({ data: { channel: t.channel, chatId: t.chats[0] } });
    for (const code of ["DA5.TDA3", "DA10.TDA1.ND2", "DA6", "DA8"]) await reportWithObstacles(code);
    const deps = { db: temp.db, clock };
    const options = {
      channels: { [t.channel]: { adapter: t.adapter, throttle: instantThrottle() } },
      logger,
    };
    expect(await enqueueDueDigests(deps, { weekday: 1, time: "08:00", afterDeadline: true })).toBe(1);
    t.refuseSecondPart();
    expect(await sendDueOutbox(deps, options)).toMatchObject({ sent: 0, retried: 1 });
    expect(t.textsTo(t.chats[0]).map((x) => x.slice(0, 2))).toEqual(["📊"]);
    const row = await temp.db.outbox.findFirstOrThrow({ where: { kind: "digest" } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(JSON.parse(row.partsDelivered!)).toMatchObject({ to: `${t.channel}:${t.chats[0]}`, parts: [{}] });
    clock.t = new Date(row.nextAttemptAt.getTime() + 1000);
    return { t, send: () => sendDueOutbox(deps, options), row };
  }

  async function reportWithObstacles(code: string) {
    const db = temp!.db;
    const a = await db.assignment.findFirstOrThrow({ where: { workItem: { code } } });
    const q1 = await db.reportingPeriod.findFirstOrThrow({ where: { key: "2023-Q1" } });
    const reportId = randomUUID();
    await db.progressReport.create({
      data: { id: reportId, assignmentId: a.id, periodId: q1.id, reference: `BC-${code}` },
    });
    await db.reportRevision.create({
      data: {
        id: randomUUID(),
        reportId,
        number: 1,
        status: "in-progress",
        progressPermille: 400,
        obstacles: OBSTACLE.repeat(33),
        late: false,
        channel: "telegram",
        idempotencyKey: `test:${code}`,
        submittedAt: new Date("2023-03-10T03:00:00Z"),
      },
    });
  }

  const obstaclesIn = (xs: string[]) => xs.join("\n").split(OBSTACLE.trim()).length - 1;

  it("the retry sends the parts not delivered, never one twice", async () => {
    const clock = new MovableClock(new Date("2023-03-20T01:05:00Z")); // Monday 08:05
    const { t, send, row } = await world(clock);
    expect(await send()).toMatchObject({ sent: 1 });
    const parts = t.textsTo(t.chats[0]);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(t.limit);
    expect(parts.filter((p) => p.startsWith("📊"))).toHaveLength(1);
    expect(parts[0]).toContain("Đã nhận 4/13 báo cáo");
    expect(obstaclesIn(parts)).toBe(4 * 33);
    expect(await temp!.db.outbox.findFirstOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      partsDelivered: null,
    });
    clock.t = new Date(clock.t.getTime() + 3_600_000);
    await send();
    expect(t.textsTo(t.chats[0])).toHaveLength(parts.length);
  });

  it("the figures changed before the retry: the digest is sent again whole, not patched", async () => {
    const { t, send } = await world(new MovableClock(new Date("2023-03-20T01:05:00Z")));
    await reportWithObstacles("DA7");
    expect(await send()).toMatchObject({ sent: 1 });
    const [old, ...fresh] = t.textsTo(t.chats[0]);
    expect(old).toContain("Đã nhận 4/13 báo cáo");
    expect(fresh[0]).toContain("Đã nhận 5/13 báo cáo");
    expect(obstaclesIn(fresh)).toBe(5 * 33);
  });

  it("another chat gets the message whole: what one chat received does not count for another", async () => {
    const { t, send } = await world(new MovableClock(new Date("2023-03-20T01:05:00Z")));
    await temp!.db.chatSubscription.updateMany({ data: { chatId: t.chats[1] } });
    expect(await send()).toMatchObject({ sent: 1 });
    expect(obstaclesIn(t.textsTo(t.chats[1]))).toBe(4 * 33);
  });
});
