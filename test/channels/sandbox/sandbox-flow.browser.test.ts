// The product end to end with no token: `npm start` (a real process) serves the sandbox; in a real
// browser the LĐTBXH focal point joins, sees DA5.TDA3 with 5.893 triệu đồng in /tasks, moves the
// clock past the Q2 deadline (15/06/2023), receives the reminder, reports in one message and
// confirms with the button; the standing office then downloads the XLSX and sees the report
// counted in /summary, and the CLI's summary reads the same database.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempLocation } from "../../support/temp-database.ts";
import { launchChromium, phonePage, shot } from "./support/browser.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "tiendo-sandbox-flow-"));
const database = await tempLocation();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  TELEGRAM_BOT_TOKEN: "",
  PORT: "0",
  LOG_LEVEL: "warn",
  DEFAULT_LOCALE: "vi",
  SANDBOX_CLOCK: "2023-06-12T08:00",
};

let app: ChildProcess;
let url: string;
let browser: Browser;
/** Waits for the page (15 s: a loaded 2-core machine answers slowly). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
let page: Page;
const botTexts = () => page.locator(".message.bot .text").allTextContents();

async function send(text: string) {
  await page.locator("#text").fill(text);
  await page.keyboard.press("Enter");
}

beforeAll(async () => {
  app = spawn("npm", ["start"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  app.stderr?.on("data", (c: Buffer) => process.stderr.write(c));
  let out = "";
  url = await new Promise<string>((resolve, reject) => {
    app.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m =
        /Sandbox đang chạy tại (http:\/\/localhost:\d+\/) \(chỉ nhận kết nối từ máy này, địa chỉ 127\.0\.0\.1/.exec(
          out,
        );
      if (m?.[1]) resolve(m[1]);
    });
    app.once("exit", (code) => reject(new Error(`npm start exited (${code}): ${out}`)));
  });
  browser = await launchChromium();
  page = await phonePage(browser);
}, 180_000);

/** Stops `npm start` (its whole process group) the way Ctrl+C does, and waits for it. */
async function stopApp() {
  if (app?.pid === undefined || app.exitCode !== null) return;
  const exited = new Promise((resolve) => app.once("exit", resolve));
  try {
    process.kill(-app.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  await exited;
}

afterAll(async () => {
  await browser?.close();
  await stopApp();
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
});

describe("the sandbox, end to end (npm start, no token, a real browser)", { timeout: 180_000 }, () => {
  it("the LĐTBXH focal point joins and sees DA5.TDA3 with 5.893 triệu đồng in /tasks", async () => {
    await page.goto(url);
    await page.getByRole("button", { name: "Tham gia với vai này" }).click();
    await poll(() => page.locator("#composer").isVisible()).toBe(true);
    await shot(page, "flow-01-joined");
    await send("/tasks");
    // The reminder due in 3 days may arrive next to the answer: look for the answer among all.
    await poll(botTexts).toContainEqual(expect.stringMatching(/DA5\.TDA3[\s\S]*5\.893 triệu đồng/));
    await shot(page, "flow-02-tasks");
  });

  it("moves the clock past the Q2 deadline (15/06/2023) and receives the reminder", async () => {
    for (let day = 13; day <= 16; day++) {
      await page.getByRole("button", { name: "+1 ngày" }).click();
      await poll(() => page.locator("#clock").textContent()).toBe(`${day}/06/2023 08:00`);
    }
    await expect
      .poll(botTexts, { timeout: 60_000 })
      .toContainEqual(expect.stringMatching(/2023-Q2[\s\S]*DA5\.TDA3[\s\S]*quá hạn 1 ngày/));
    await shot(page, "flow-03-reminder");
  });

  it("reports in one message and confirms with the button", async () => {
    await send(
      [
        "DA5.TDA3",
        "Kỳ: 2023-Q2",
        "Tiến độ: 60%",
        "Giải ngân: 1.200,5",
        "Kết quả: mở 3 lớp dạy nghề, 90 học viên",
        "Khó khăn: chưa bố trí được mặt bằng",
      ].join("\n"),
    );
    const confirm = page.getByRole("button", { name: /Xác nhận/ });
    await poll(() => confirm.count()).toBe(1);
    await shot(page, "flow-04-draft");
    await confirm.click();
    await poll(botTexts).toContainEqual(expect.stringMatching(/BC-/));
    await shot(page, "flow-05-confirmed");
  });

  it("the standing office downloads the XLSX and sees the report counted in /summary", async () => {
    await page.locator("#persona").selectOption("office");
    await page.getByRole("button", { name: "Tham gia với vai này" }).click();
    await poll(() => page.locator("#composer").isVisible()).toBe(true);
    await send("/export");
    const link = page.locator(".download", { hasText: ".xlsx" });
    await expect.poll(() => link.count(), { timeout: 60_000 }).toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const cells: string[] = [];
    workbook.worksheets.forEach((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    expect(cells.some((c) => c.includes("DA5.TDA3") && c.includes("mở 3 lớp dạy nghề"))).toBe(true);
    await shot(page, "flow-06-export");
    await send("/summary");
    await poll(botTexts).toContainEqual(expect.stringMatching(/2023-Q2[\s\S]*Đã nhận 1\/\d+ báo cáo/));
    await shot(page, "flow-07-summary");
  });

  it("the CLI's summary reads the same report from the same database, while the app runs", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "summary", "--period", "2023-Q2", "--json"],
      { cwd: ROOT, env },
    );
    const summary = JSON.parse(stdout);
    expect(summary.received).toBe(1);
    expect(summary.onTime).toBe(0);
  });
});
