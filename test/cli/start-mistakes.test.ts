// `npm start` with a person's mistakes: one sentence (or the plan's line-numbered errors), exit 1,
// never a stack trace.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fake-telegram/fake-telegram-server.ts";
import { TOKEN } from "../support/bot-harness.ts";
import { seedWith } from "../support/seed-plan.ts";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "tiendo-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(env: Record<string, string>) {
  const full = { ...process.env, LOG_LEVEL: "error", DEFAULT_LOCALE: "vi", TELEGRAM_BOT_TOKEN: "", ...env };
  try {
    const r = await run(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: full,
      timeout: 120_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
const db = (name: string) => `file:${path.join(dir, `${name}.db`)}`;

describe("npm start with mistakes", { timeout: 240_000 }, () => {
  it("PLAN_FILE with a typo: one sentence naming the file", async () => {
    const r = await start({ DATABASE_URL: db("typo"), PLAN_FILE: "prisma/data/bac-kan-2023.yml" });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      "Không tìm thấy tệp prisma/data/bac-kan-2023.yml. Kiểm tra lại tên và đường dẫn.",
    );
  });

  it("an invalid plan: the same line-numbered errors as plan validate (English too)", async () => {
    const file = path.join(dir, "broken.yaml");
    writeFileSync(file, seedWith("local: 468", "local: 400"));
    const [vi, en] = await Promise.all([
      start({ DATABASE_URL: db("broken-vi"), PLAN_FILE: file }),
      start({ DATABASE_URL: db("broken-en"), PLAN_FILE: file, DEFAULT_LOCALE: "en" }),
    ]);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toMatch(
      /broken\.yaml:\d+ Ngân sách trung ương 6.543 \+ địa phương 400 = 6.943 triệu đồng, khác tổng 7.011 triệu đồng\./,
    );
    expect(vi.stderr).toContain("Kế hoạch có 1 lỗi, chưa thể nhập.");
    expect(vi.stderr).not.toMatch(/\n\s+at /);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/broken\.yaml:\d+ .*7,011/);
  });

  it("PORT already in use: one sentence", async () => {
    const tg = await new FakeTelegram(TOKEN).start();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await start({
        DATABASE_URL: db("port"),
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: tg.apiRoot,
        PORT: String(port),
        REMINDERS_ENABLED: "false",
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(
        `Cổng ${port} đang được một chương trình khác dùng. Đặt PORT khác trong tệp .env (hoặc PORT=0 để chọn cổng trống) rồi chạy lại.`,
      );
    } finally {
      blocker.close();
      await tg.stop();
    }
  });

  it("a bad setting: the variable and what it must look like, in Vietnamese", async () => {
    const r = await start({ DATABASE_URL: db("config"), DIGEST_TIME: "8am" });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'Cấu hình không hợp lệ: biến DIGEST_TIME: phải là giờ địa phương dạng HH:MM, ví dụ "08:00"',
    );
  });
});
