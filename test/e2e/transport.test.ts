import { afterEach, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logging/create-logger.ts";
import { startApp } from "../../src/main.ts";
import { AppError } from "../../src/services/app-error.ts";
import { tempDatabase } from "../support/temp-database.ts";
import { createHousekeepingTicker } from "../../src/scheduler/housekeeping-ticker.ts";
import { aUser } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

const SECRET = "webhook-secret-0123456789";

describe("transport: polling, webhook, faults and restarts", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("serves /healthz: mode, role, whether this process polls and when it last did", async () => {
    h = await startHarness();
    expect(await h.chat(h.admin).ask("/me")).toContain("quản trị viên");
    const res = await fetch(`http://127.0.0.1:${h.app.telegram!.port}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, mode: "polling", role: "poller", polling: true });
    expect(Date.parse(String(body.lastPollAt))).toBeGreaterThan(Date.now() - 60_000);
  });

  it("a draft pruned after 30 days: Confirm tells the person it was never saved, and saves nothing", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const code = inviteCodeIn(await h.chat(h.admin).ask("/invite focal-point LDTBXH"));
    const focal = h.chat(aUser());
    expect(await focal.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
    await focal.send("DA5.TDA3\nTiến độ: 60%\nGiải ngân: 100");
    const summary = await focal.next();
    const confirm = summary.reply_markup?.inline_keyboard?.flat().find((b) => b.text === "✅ Xác nhận");
    expect(confirm?.callback_data).toBeDefined();
    // A month and a day go by (drafts carry the real time they were written).
    const later = { now: () => new Date(Date.now() + 31 * 86_400_000) };
    const housekeeping = createHousekeepingTicker({
      deps: { db: h.app.db, clock: later },
      logger: silentLogger(),
    });
    expect((await housekeeping.tick()).drafts).toBe(1);
    await focal.press(summary, confirm!.callback_data!);
    expect((await focal.next()).text).toBe(
      "Bản nháp này không còn (bản nháp chưa xác nhận chỉ được giữ 30 ngày). Chưa có gì được lưu từ bản nháp này; hãy gửi lại báo cáo.",
    );
    expect(await h.app.db.progressReport.count()).toBe(0);
  });

  it("a PORT already in use is an AppError (port-in-use) naming the port, not a stack trace", async () => {
    h = await startHarness();
    const port = h.app.telegram!.port;
    const other = await tempDatabase(); // another database: only the port is shared
    await other.db.$disconnect();
    const config = createConfig({ ...envOf(h), DATABASE_URL: other.url, PORT: String(port) });
    const second = startApp(config, { say: () => undefined, logger: silentLogger() });
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: "port-in-use", params: { port: String(port) } });
    await other.close();
  });

  it("webhook mode: sets the webhook with its secret; a wrong or missing secret gets 401 and nothing is processed", async () => {
    h = await startHarness({
      env: { BOT_MODE: "webhook", WEBHOOK_URL: "http://127.0.0.1:1/telegram/hook", WEBHOOK_SECRET: SECRET },
    });
    const port = h.app.telegram!.port;
    expect(h.tg.webhook).toEqual({ url: "http://127.0.0.1:1/telegram/hook", secret: SECRET });
    // The fake server delivers to the real port.
    h.tg.webhook = { url: `http://127.0.0.1:${port}/telegram/hook`, secret: SECRET };
    const admin = h.chat(h.admin);
    expect(await admin.ask("/me")).toContain("Vai trò: quản trị viên");

    const update = (id: number) =>
      JSON.stringify({
        update_id: id,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: 42, type: "private" },
          from: { id: 42, is_bot: false, first_name: "X" },
          text: "/start",
        },
      });
    const post = (headers: Record<string, string>, id: number) =>
      fetch(`http://127.0.0.1:${port}/telegram/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: update(id),
      });
    expect((await post({ "x-telegram-bot-api-secret-token": "wrong-secret-0000000" }, 9001)).status).toBe(
      401,
    );
    expect((await post({}, 9002)).status).toBe(401);
    expect(h.tg.messagesTo(42)).toEqual([]);
    expect(await h.temp.db.processedUpdate.count({ where: { updateId: { in: ["9001", "9002"] } } })).toBe(0);
    expect((await post({ "x-telegram-bot-api-secret-token": SECRET }, 9003)).status).toBe(200);
    expect((await h.tg.waitForMessage(42)).text).toMatch(/^Xin chào!/);
  });

  it("a 429 is answered by retrying after retry_after; 500s and dropped connections are retried too", async () => {
    h = await startHarness();
    const admin = h.chat(h.admin);
    h.tg.failNext("sendMessage", { kind: "429", retryAfter: 1 });
    const started = Date.now();
    expect(await admin.ask("/me")).toContain("quản trị viên");
    const sends = h.tg.calls.filter((c) => c.method === "sendMessage" && c.at >= started);
    expect(sends).toHaveLength(2);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(1000);

    h.tg.failNext("sendMessage", { kind: "500" });
    h.tg.failNext("sendMessage", { kind: "drop" });
    expect(await admin.ask("/help")).toContain("/invite");
    h.tg.failNext("getUpdates", { kind: "500" });
    h.tg.failNext("getUpdates", { kind: "drop" });
    expect(await admin.ask("/me")).toContain("quản trị viên");
  });

  it("a re-delivered update is handled once", async () => {
    h = await startHarness();
    const admin = h.chat(h.admin);
    const id = await admin.send("/invite focal-point NV");
    await admin.next();
    h.tg.redeliver({
      update_id: id,
      message: {
        message_id: 5,
        date: 0,
        chat: { id: h.admin.id, type: "private" },
        from: { ...h.admin, is_bot: false },
        text: "/invite focal-point NV",
        entities: [{ type: "bot_command", offset: 0, length: 7 }],
      },
    });
    expect(await admin.ask("/me")).toContain("quản trị viên");
    expect(await h.temp.db.invite.count()).toBe(1);
  });

  it("a restart in the middle loses nothing: updates sent while the bot is down are handled after", async () => {
    h = await startHarness();
    const admin = h.chat(h.admin);
    const code = inviteCodeIn(await admin.ask("/invite focal-point LDTBXH"));
    await h.app.stop(); // restart() stops again: stopping twice must be harmless
    const focal = h.chat(aUser());
    await focal.send(`/start ${code}`);
    await focal.send("/tasks");
    expect(h.tg.pendingUpdates()).toBe(2);
    await h.restart();
    expect((await focal.next()).text).toMatch(/^Chào mừng/);
    expect((await focal.next()).text).toContain("DA5.TDA3");
  });
});

function envOf(h: Harness): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: h.config.TELEGRAM_BOT_TOKEN ?? "",
    TELEGRAM_API_ROOT: h.config.TELEGRAM_API_ROOT,
    REMINDERS_ENABLED: "false",
  };
}

const silentLogger = () => createLogger("silent", []);
