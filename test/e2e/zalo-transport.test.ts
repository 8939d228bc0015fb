import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { pino } from "pino";
import { startApp } from "../../src/main.ts";
import { freePort } from "../support/app-process.ts";
import { inviteCodeIn } from "../support/bot-harness.ts";
import type { ZaloChat } from "../support/fake-zalo/zalo-chat.ts";
import { startZaloHarness, ZALO_TOKEN, type ZaloHarness } from "../support/zalo-harness.ts";

async function joinOnZalo(h: ZaloHarness, invite: string, name: string): Promise<ZaloChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite ${invite}`));
  const chat = h.zaloChat(name);
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

const SECRET = "zalo-hook-secret-123";

describe("Zalo transport over the fake Zalo server", () => {
  let h: ZaloHarness | undefined;
  afterEach(async () => {
    if (h) {
      expect(h.zalo.invalidUtf8).toBe(0);
      for (const c of h.zalo.calls.filter((x) => x.method === "sendMessage"))
        expect(String(c.params.text).length).toBeLessThanOrEqual(2000);
      // The token never reaches the log.
      expect(h.logs.join("\n")).not.toContain(ZALO_TOKEN.split(":")[1]);
    }
    await h?.stop();
    h = undefined;
  });

  it("webhook mode: the right secret is handled once, a wrong or missing one gets 401 and nothing", async () => {
    const port = await freePort();
    const hook = `http://127.0.0.1:${port}/zalo/hook`;
    h = await startZaloHarness({
      env: { PORT: String(port), ZALO_MODE: "webhook", ZALO_WEBHOOK_URL: hook, ZALO_WEBHOOK_SECRET: SECRET },
    });
    expect(h.zalo.webhook).toEqual({ url: hook, secret: SECRET });
    const chat = h.zaloChat("Khách");
    expect(await chat.ask("/help")).toBeTruthy();
    expect(h.zalo.deliveries.at(-1)).toEqual({ status: 200, secret: SECRET });
    // Zalo refuses polling while a webhook is set.
    const poll = await fetch(`${h.zalo.apiRoot}/bot${ZALO_TOKEN}/getUpdates`, { method: "POST", body: "{}" });
    expect(poll.status).toBe(400);

    // A redelivery of the same message is handled once.
    const sent = h.zalo.messagesTo(chat.user.id).length;
    await h.zalo.redeliver(h.zalo.lastUpdate!);
    const forged = {
      ok: true,
      result: {
        event_name: "message.text.received",
        message: {
          message_id: "f0f0f0f0f0f0f0f0f0f0",
          date: Date.now(),
          chat: { id: chat.user.id, chat_type: "PRIVATE" },
          from: { id: chat.user.id, display_name: "Kẻ giả mạo" },
          text: "/help",
        },
      },
    };
    for (const headers of [{ "x-bot-api-secret-token": "wrong-secret-123456" }, {}]) {
      const res = await fetch(hook, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(forged),
      });
      expect(res.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(h.zalo.messagesTo(chat.user.id)).toHaveLength(sent);
    expect(
      await h.temp.db.processedUpdate.count({ where: { channel: "zalo", updateId: "f0f0f0f0f0f0f0f0f0f0" } }),
    ).toBe(0);
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as Record<
      string,
      unknown
    >;
    expect(health).toMatchObject({ ok: true, zalo: { mode: "webhook", role: "webhook" } });
  });

  it("polling survives 429, 500 and dropped connections, and a redelivered message is answered once", async () => {
    h = await startZaloHarness();
    const chat = h.zaloChat("Khách");
    h.zalo.failNext("getUpdates", { kind: "500" });
    h.zalo.failNext("getUpdates", { kind: "drop" });
    h.zalo.failNext("sendMessage", { kind: "429" });
    h.zalo.failNext("sendMessage", { kind: "500" });
    h.zalo.failNext("sendMessage", { kind: "drop" });
    expect(await chat.ask("/help", 30_000)).toBeTruthy();
    const sent = h.zalo.messagesTo(chat.user.id).length;
    await h.zalo.redeliver(h.zalo.lastUpdate!);
    expect(await chat.ask("/start")).toMatch(/^Xin chào! tiendo giúp theo dõi tiến độ/);
    expect(h.zalo.messagesTo(chat.user.id)).toHaveLength(sent + 1);
    expect(h.zalo.refusals.map((r) => r.code)).toEqual(expect.arrayContaining([429, 500]));
  });

  it("/export as links: the XLSX downloads once for its recipient, a second use is refused; the chart by URL", async () => {
    const port = await freePort();
    h = await startZaloHarness({
      at: "2023-03-10T03:00:00Z",
      env: { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
    });
    const hoa = await joinOnZalo(h, "focal-point LDTBXH", "Hoa");
    await hoa.send("Tiến độ: 35%\nGiải ngân: 1.850,5");
    await hoa.next();
    expect(await hoa.ask("1")).toMatch(/^✅/);
    const leader = await joinOnZalo(h, "leader", "Chủ tịch");
    await leader.send("/export quý 1");
    const got = await leader.nextMany(8); // XLSX, DOCX, and three charts (a picture and its link each)
    const xlsxText = got.find((m) => m.text?.includes(".xlsx") || m.text?.startsWith("Bảng tổng hợp"))!.text!;
    expect(xlsxText).toMatch(/^Bảng tổng hợp 2023-Q1 \(Excel\)\nTải về \(chỉ tải được một lần, hết hạn /);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/files\/[A-Za-z0-9_-]{43})$/.exec(xlsxText)![1]!;
    expect(h.zalo.calls.some((c) => c.method === "sendDocument")).toBe(false);
    const photos = got.filter((m) => m.method === "sendPhoto");
    expect(photos).toHaveLength(3);
    for (const p of photos) expect(p.photo).toMatchObject({ contentType: "image/png" });

    // The page (a link preview only GETs it) does not use the link up; the button downloads once.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("chỉ tải được một lần");
    const download = await fetch(url, { method: "POST" });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await download.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Theo đơn vị", "Báo cáo", "Chưa báo cáo"]);
    // Anyone after that (another person with the link, or the recipient again) is refused.
    for (const again of [await fetch(url, { method: "POST" }), await fetch(url)]) {
      expect(again.status).toBe(410);
      expect(await again.text()).toContain("Liên kết này đã được dùng để tải tệp");
    }
    const stored = await h.temp.db.fileLink.findMany();
    expect(stored.every((l) => !url.includes(l.tokenHash))).toBe(true);
    expect((await fetch(url.replace(/.{4}$/, "AAAA"))).status).toBe(404);
    // Expired links are refused too.
    await h.temp.db.fileLink.updateMany({ data: { expiresAt: new Date("2023-01-01T00:00:00Z") } });
    const docxUrl = /(http\S+\/files\/\S+)$/.exec(
      got.find((m) => m.text?.includes("Word"))?.text ?? got[1]!.text!,
    )![1]!;
    expect((await fetch(docxUrl, { method: "POST" })).status).toBe(410);
  });

  it("without PUBLIC_URL, /export says why no file can be sent", async () => {
    h = await startZaloHarness({ at: "2023-03-10T03:00:00Z" });
    const leader = await joinOnZalo(h, "leader", "Chủ tịch");
    expect(await leader.ask("/export quý 1")).toMatch(
      /^Không gửi được tệp .+\.xlsx trên kênh này: máy chủ tiendo chưa có địa chỉ công khai \(PUBLIC_URL\)/,
    );
    expect(await h.temp.db.fileLink.count()).toBe(0);
  });

  it("two processes on one database: one polls Zalo, the other stands by and takes over", async () => {
    h = await startZaloHarness();
    const second = await startApp(h.config, {
      logger: pino({ level: "silent" }),
      clock: h.clock,
      say: () => undefined,
      zaloTimings: {
        poller: { leaseMs: 30_000, pollTimeoutS: 1, standbyRetryMs: 200, backoffMs: 100, maxBackoffMs: 500 },
      },
    });
    try {
      expect(h.app.zalo!.health().role).toBe("poller");
      expect(second.zalo!.health()).toMatchObject({ ok: true, role: "standby" });
      const chat = h.zaloChat("Khách");
      for (let i = 0; i < 3; i++) expect(await chat.ask("/start")).toMatch(/^Xin chào!/);
      await h.app.stop(); // gives the lease up
      expect(await chat.ask("/start")).toMatch(/^Xin chào!/);
      expect(second.zalo!.health().role).toBe("poller");
      expect(h.zalo.messagesTo(chat.user.id)).toHaveLength(4);
    } finally {
      await second.stop();
    }
  });
});
