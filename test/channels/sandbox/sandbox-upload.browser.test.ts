// Attaching a file in the sandbox page, in a real browser (Debian's chromium), on the real
// conversation: the standing office sends the plan document (a DOCX made with `docx`), sees the
// review and the draft file, imports it as a draft plan; a file over the limit never leaves the page.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConversation } from "../../../src/conversation/create-conversation.ts";
import { planDocx } from "../../support/plan-document-docx.ts";
import { fixture } from "../../support/plan-draft.ts";
import { launchChromium, phonePage, shot } from "./support/browser.ts";
import { startSandboxHarness, type SandboxHarness } from "./support/sandbox-harness.ts";

let h: SandboxHarness;
let browser: Browser;
/** Waits for the page (30 s: a loaded 2-core machine drafts slowly). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });
let page: Page;
const botTexts = () => page.locator(".message.bot .text").allTextContents();
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

beforeAll(async () => {
  [h, browser] = await Promise.all([startSandboxHarness(createConversation), launchChromium()]);
  page = await phonePage(browser);
  await page.goto(`${h.base}/`);
  await page.locator("#persona").selectOption("office");
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe("attaching a file in the sandbox page", { timeout: 180_000 }, () => {
  it("the plan document: review, draft file to download, import as a draft plan", async () => {
    await page.getByRole("button", { name: "Tham gia với vai này" }).click();
    await poll(() => page.locator("#composer").isVisible()).toBe(true);
    const attach = page.getByRole("button", { name: "Đính kèm tệp" });
    expect(await attach.isVisible()).toBe(true);
    const docx = await planDocx(readFileSync(fixture("bac-kan-2024.md"), "utf8"));
    await page
      .locator("#attach-file")
      .setInputFiles({ name: "ke-hoach-2024.docx", mimeType: DOCX, buffer: docx });
    await poll(() => page.locator(".message.person .text").last().textContent()).toBe(
      "📎 ke-hoach-2024.docx",
    );
    await poll(async () => (await botTexts()).some((t) => t.startsWith("Đã đọc ke-hoach-2024.docx:"))).toBe(
      true,
    );
    const link = page.getByRole("link", { name: "Tải về ke-hoach-2024.yaml" });
    await poll(() => link.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const yaml = readFileSync((await download.path())!, "utf8");
    expect(yaml).toContain("code: bac-kan-2024");
    await shot(page, "10-plan-draft");

    await page.getByRole("button", { name: "Nhập làm kế hoạch nháp" }).click();
    await poll(async () => (await botTexts()).at(-1)).toMatch(/^Đã nhập kế hoạch nháp bac-kan-2024/);
    expect(await page.getByRole("button", { name: "Nhập làm kế hoạch nháp" }).count()).toBe(0);
    const draft = await h.database.db.plan.findUniqueOrThrow({ where: { code: "bac-kan-2024" } });
    expect(draft.status).toBe("draft");
  });

  it("a file over 20 MB is refused in the page; the server refuses it too", async () => {
    const before = (await botTexts()).length;
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    await page
      .locator("#attach-file")
      .setInputFiles({ name: "lon.pdf", mimeType: "application/pdf", buffer: big });
    await poll(() => page.locator(".toast").last().textContent()).toBe(
      "Tệp lon.pdf quá lớn: chỉ nhận tệp đến 20 MB.",
    );
    expect((await botTexts()).length).toBe(before);
    const url = `${h.base}/api/upload?persona=office&name=lon.pdf`;
    const post = (body: Uint8Array, type: string) =>
      fetch(url, { method: "POST", headers: { "content-type": type }, body });
    const tooBig = await post(big, "application/octet-stream");
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toEqual({ error: "Tệp quá lớn: chỉ nhận tệp đến 20 MB." });
    expect((await post(new Uint8Array([1]), "text/plain")).status).toBe(415);
    await shot(page, "11-attach-too-big");
  });
});
