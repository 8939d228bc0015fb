// The transport under faults, in one process: webhook deliveries that overlap or repeat, a
// handler slower than Telegram's webhook timeout, malformed updates, another poller with the
// same token (409), a polling loop that hangs, and answers lost after delivery.
import { afterEach, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logging/create-logger.ts";
import { startApp, type App } from "../../src/main.ts";
import { startHarness, TOKEN, type Harness } from "../support/bot-harness.ts";
import { FakeTelegram } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser } from "../support/fake-telegram/telegram-users.ts";
import { tempDatabase } from "../support/temp-database.ts";

const SECRET = "webhook-secret-0123456789";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startUpdate(id: number, chatId: number, text = "/start") {
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "X" },
      from: { id: chatId, is_bot: false, first_name: "X", language_code: "vi" },
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
    },
  };
}

async function webhookHarness(): Promise<{ h: Harness; post: (body: unknown) => Promise<number> }> {
  const h = await startHarness({
    env: { BOT_MODE: "webhook", WEBHOOK_URL: "http://127.0.0.1:1/telegram/hook", WEBHOOK_SECRET: SECRET },
  });
  const url = `http://127.0.0.1:${h.app.telegram!.port}/telegram/hook`;
  h.tg.webhook = { url, secret: SECRET };
  const post = async (body: unknown) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return res.status;
  };
  return { h, post };
}

describe("transport under faults", () => {
  let h: Harness | undefined;
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await h?.stop();
    h = undefined;
    for (const c of cleanup.splice(0)) await c();
  });

  it("webhook: 5 concurrent deliveries of one update_id get one answer", async () => {
    const w = await webhookHarness();
    h = w.h;
    const user = aUser();
    const statuses = await Promise.all(Array.from({ length: 5 }, () => w.post(startUpdate(9100, user.id))));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await h.tg.waitForMessage(user.id);
    await sleep(1500);
    expect(h.tg.messagesTo(user.id)).toHaveLength(1);
    const row = await h.temp.db.processedUpdate.findUniqueOrThrow({
      where: { channel_updateId: { channel: "telegram", updateId: "9100" } },
    });
    expect(row).toMatchObject({ status: "done", payload: null, chatKey: String(user.id) });
  });

  it("webhook: answered before a handler slower than 10 s finishes; Telegram's retry is not handled again", async () => {
    const w = await webhookHarness();
    h = w.h;
    const user = aUser();
    h.tg.answers.stallNext("sendMessage", 12_000); // the handler's reply takes 12 s
    expect(await w.post(startUpdate(9200, user.id))).toBe(200);
    expect(h.tg.messagesTo(user.id)).toHaveLength(0); // answered while the handler still runs
    await sleep(10_500); // Telegram gives up waiting after about 10 s and delivers again
    expect(await w.post(startUpdate(9200, user.id))).toBe(200);
    await h.tg.waitForMessage(user.id);
    await sleep(1500);
    expect(h.tg.messagesTo(user.id)).toHaveLength(1);
  }, 40_000);

  it("webhook: an update without update_id gets 400 and duplicate detection keeps working after it", async () => {
    const w = await webhookHarness();
    h = w.h;
    expect(await w.post({})).toBe(400);
    expect(await w.post({ update_id: "abc" })).toBe(400);
    expect(await w.post("not json")).toBe(400);
    const user = aUser();
    expect(await w.post(startUpdate(9300, user.id))).toBe(200);
    await h.tg.waitForMessage(user.id);
    expect(await w.post(startUpdate(9300, user.id))).toBe(200);
    expect(await w.post(startUpdate(9300, user.id))).toBe(200);
    await sleep(1500);
    expect(h.tg.messagesTo(user.id)).toHaveLength(1);
    expect(await h.temp.db.processedUpdate.count()).toBe(1);
  });

  it("webhook: one chat's updates are handled in their order even when deliveries overlap", async () => {
    const w = await webhookHarness();
    h = w.h;
    const admin = h.admin;
    h.tg.answers.stallNext("sendMessage", 1500); // the first reply is slow
    const ids = [9401, 9402, 9403];
    const texts = ["/me", "/help", "/me"];
    await Promise.all(ids.map((id, i) => w.post(startUpdate(id, admin.id, texts[i]))));
    await h.tg.waitForMessage(admin.id, () => h!.tg.messagesTo(admin.id).length >= 3);
    const replies = h.tg.messagesTo(admin.id).map((m) => m.text ?? "");
    expect(replies[0]).toContain("quản trị viên");
    expect(replies[1]).toContain("/invite");
    expect(replies[2]).toContain("quản trị viên");
  });

  it("polling: a 409 from another poller with the same token is logged, and polling comes back", async () => {
    h = await startHarness();
    const chat = h.chat(h.admin);
    expect(await chat.ask("/me")).toContain("quản trị viên");
    // Another deployment polls with the same token: its request terminates ours.
    const foreign = await fetch(`${h.tg.apiRoot}/bot${TOKEN}/getUpdates?timeout=1`);
    expect(foreign.status).toBe(200);
    const warned = () => h!.logs.some((l) => l.includes("Telegram refused polling (409)"));
    for (let i = 0; i < 40 && !warned(); i++) await sleep(250);
    expect(warned()).toBe(true);
    expect(await chat.ask("/me", 30_000)).toContain("quản trị viên");
    const health = (await (await fetch(`http://127.0.0.1:${h.app.telegram!.port}/healthz`)).json()) as {
      role: string;
    };
    expect(health.role).toBe("poller");
  }, 60_000);

  it("/healthz answers 503 while the polling loop hangs, and 200 again when it recovers", async () => {
    const tg = await new FakeTelegram(TOKEN).start();
    const temp = await tempDatabase();
    await temp.db.$disconnect();
    const config = createConfig({
      DATABASE_URL: temp.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      PORT: "0",
      LOG_LEVEL: "silent",
      REMINDERS_ENABLED: "false",
    });
    const timings = {
      poller: {
        leaseMs: 3000,
        renewMs: 1000,
        standbyRetryMs: 500,
        pollTimeoutS: 1,
        backoffMs: 500,
        maxBackoffMs: 2000,
      },
    };
    const app: App = await startApp(config, {
      logger: createLogger("silent", [TOKEN]),
      say: () => undefined,
      transportTimings: timings,
    });
    cleanup.push(async () => {
      await app.stop();
      await tg.stop();
      await temp.close();
    });
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${app.telegram!.port}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    for (let i = 0; i < 40 && (await health()).body.polling !== true; i++) await sleep(100);
    expect(await health()).toMatchObject({ status: 200, body: { ok: true, role: "poller", polling: true } });
    tg.answers.stallNext("getUpdates", 8000); // Telegram stops answering this process's poll
    let seen = await health();
    for (let i = 0; i < 60 && seen.status === 200; i++) {
      await sleep(100);
      seen = await health();
    }
    expect(seen).toMatchObject({ status: 503, body: { ok: false, role: "poller", polling: false } });
    for (let i = 0; i < 100 && seen.status !== 200; i++) {
      await sleep(100);
      seen = await health();
    }
    expect(seen).toMatchObject({ status: 200, body: { ok: true, polling: true } });
  }, 30_000);

  it("a lost answer after delivery is sent again by auto-retry: at least once (measured)", async () => {
    h = await startHarness();
    const chat = h.chat(h.admin);
    expect(await chat.ask("/me")).toContain("quản trị viên");
    const before = h.tg.messagesTo(h.admin.id).length;
    const asks = ["/me", "/help", "/me"];
    for (const text of asks) {
      h.tg.answers.loseAnswerNext("sendMessage"); // this reply arrives, its answer does not
      const id = await chat.send(text);
      for (let i = 0; i < 120; i++) {
        const row = await h.temp.db.processedUpdate.findUnique({
          where: { channel_updateId: { channel: "telegram", updateId: String(id) } },
        });
        if (row?.status === "done") break;
        await sleep(250);
      }
    }
    const delivered = h.tg.messagesTo(h.admin.id).length - before;
    const duplicates = delivered - asks.length;
    console.log(
      `lost answers: ${h.tg.answers.lostAnswers}; messages delivered: ${delivered} for ${asks.length} replies; duplicates: ${duplicates} of ${asks.length}`,
    );
    expect(h.tg.answers.lostAnswers).toBe(asks.length);
    expect(delivered).toBeGreaterThanOrEqual(asks.length); // never lost
    expect(duplicates).toBeLessThanOrEqual(asks.length); // at most one extra per lost answer
    // Each update was still handled once.
    expect(await h.temp.db.processedUpdate.count({ where: { status: "done" } })).toBe(1 + asks.length);
  }, 60_000);
});
