import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aUser } from "../support/fake-telegram/telegram-users.ts";
import { startHarness, TOKEN, type Harness } from "../support/bot-harness.ts";

describe("errors and shutdown", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("an unexpected failure: a short localised message with a reference id; details in the log, no secrets", async () => {
    await h.temp.db.$executeRawUnsafe('DROP TABLE "Session"'); // what /lang for a stranger writes to
    const stranger = h.chat(aUser());
    const reply = await stranger.ask("/lang en");
    const ref = /mã tham chiếu: ([0-9A-F]{8})$/.exec(reply)?.[1];
    expect(reply).toMatch(/^Đã có lỗi xảy ra, xin thử lại sau\./);
    expect(ref).toBeDefined();
    const line = h.logs.find((l) => l.includes(ref!));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ level: 50, ref, msg: "update failed" });
    expect(line).toContain("Session");
    expect(h.logs.join("\n")).not.toContain(TOKEN);
  });

  it("the log never shows the bot token, even inside an error", async () => {
    const { createLogger } = await import("../../src/logging/create-logger.ts");
    const lines: string[] = [];
    const logger = createLogger("info", [TOKEN], { write: (l: string) => void lines.push(l) });
    logger.error(
      { err: new Error(`fetch https://api.telegram.org/bot${TOKEN}/getMe failed`), token: "x" },
      `url bot${TOKEN}`,
    );
    expect(lines.join("")).not.toContain(TOKEN);
    expect(lines.join("")).toContain("[redacted]");
  });

  it("graceful shutdown finishes the update in flight", async () => {
    const admin = h.chat(h.admin);
    h.tg.failNext("sendMessage", { kind: "429", retryAfter: 1 }); // keeps the handler busy for a second
    await admin.send("/me");
    await new Promise((r) => setTimeout(r, 300));
    await h.app.stop();
    expect(h.tg.messagesTo(h.admin.id).at(-1)?.text).toContain("Vai trò: quản trị viên");
    await h.restart(); // so that afterEach stops a running app
  });
});
