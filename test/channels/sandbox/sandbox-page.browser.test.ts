// The sandbox page in a real browser (Debian's chromium), on the stand-in conversation: loading,
// joining, sending with Enter, escaping, choices and edits, live delivery, the clock, files,
// switching people and languages, keyboard and labels, the reset.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, phonePage, shot } from "./support/browser.ts";
import { startSandboxHarness, type SandboxHarness } from "./support/sandbox-harness.ts";

let h: SandboxHarness;
let browser: Browser;
/** Waits for the page (15 s: a loaded 2-core machine answers slowly). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
let page: Page;

const lastBot = (p: Page) => p.locator(".message.bot .text").last();

beforeAll(async () => {
  [h, browser] = await Promise.all([startSandboxHarness(), launchChromium()]);
  page = await phonePage(browser);
  await page.goto(`${h.base}/`);
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe("the sandbox page", { timeout: 120_000 }, () => {
  it("loads in Vietnamese, phone-sized, with the personas and the simulated clock", async () => {
    await poll(() => page.locator("#persona option").count()).toBe(17); // 14 agencies' focal points, a leader, the office, an admin
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.locator("#clock").textContent()).toBe("12/06/2023 08:00");
    expect(await page.locator("#persona").inputValue()).toBe("focal-point:LDTBXH");
    expect(await page.locator("#persona option:checked").textContent()).toBe(
      "Phòng Lao động - Thương binh và Xã hội — đầu mối",
    );
    expect(await page.locator("#join-panel").isVisible()).toBe(true);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await shot(page, "01-page-loaded");
  });

  it("joins in one click; the reply arrives; the message box takes the focus", async () => {
    await page.getByRole("button", { name: "Tham gia với vai này" }).click();
    // The greeting; the reminder due in 3 days (the real outbox) may arrive right after it.
    await poll(() => page.locator(".message.bot .text").allTextContents()).toContainEqual(
      "Xin chào Phòng Lao động - Thương binh và Xã hội — đầu mối!",
    );
    // The greeting can arrive before the join request returns (and focuses the box): wait for both.
    await poll(() => page.evaluate("document.activeElement?.id")).toBe("text");
    await shot(page, "02-joined");
  });

  it("Enter sends, Shift+Enter makes a new line; /tasks answers with the budget", async () => {
    await page.locator("#text").fill("/tasks");
    await page.keyboard.press("Enter");
    await poll(() => lastBot(page).textContent()).toContain("DA5.TDA3: 5.893 triệu đồng");
    await page.locator("#text").press("a");
    await page.locator("#text").press("Shift+Enter");
    await page.locator("#text").press("b");
    expect(await page.locator("#text").inputValue()).toBe("a\nb");
    await page.keyboard.press("Enter");
    await poll(() => lastBot(page).textContent()).toBe("Bạn viết: a\nb");
    await shot(page, "03-tasks");
  });

  it("escapes everything: markup typed or answered is shown as text", async () => {
    const evil = `<img src=x onerror="window.__pwned=1"><b>đậm</b>`;
    await page.locator("#text").fill(evil);
    await page.keyboard.press("Enter");
    await poll(() => lastBot(page).textContent()).toBe(`Bạn viết: ${evil}`);
    expect(await page.locator(".messages img, .messages b").count()).toBe(0);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
  });

  it("choices are buttons; picking one edits the message and shows the notice as a toast", async () => {
    await page.locator("#text").fill("/pick");
    await page.keyboard.press("Enter");
    const button = page.getByRole("button", { name: "Có", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await poll(() => page.locator(".toast").first().textContent()).toBe("Đã ghi nhận");
    await poll(() => lastBot(page).textContent()).toBe("Đã chọn: Có");
    const picked = page.locator(".message.bot", { hasText: "Đã chọn: Có" });
    expect(await picked.locator(".choice").count()).toBe(0);
    await shot(page, "04-choice");
  });

  it("moves the clock; a reminder arrives live, without reload, and can be replied to", async () => {
    await page.getByRole("button", { name: "+1 ngày" }).click();
    await poll(() => page.locator("#clock").textContent()).toBe("13/06/2023 08:00");
    await h.sandbox.notifications.sendReminder({
      outboxId: "o1",
      step: "before-1d",
      chatId: "focal-point:LDTBXH",
      locale: "vi",
      audience: "focal-point",
      agency: { code: "LDTBXH", name: "Phòng Lao động - Thương binh và Xã hội" },
      item: { code: "DA5.TDA3", title: "Hỗ trợ việc làm bền vững" },
      period: { key: "2023-Q2", label: "quý II năm 2023", dueDate: "2023-06-15" },
      daysLate: -2,
    });
    await poll(() => lastBot(page).textContent()).toContain("⏰ Nhắc báo cáo: quý II năm 2023 (2023-Q2)");
    await page.locator(".message.bot .reply").last().click();
    expect(await page.locator("#replying").isVisible()).toBe(true);
    await page.keyboard.type("DA5.TDA3");
    await page.keyboard.press("Enter");
    await poll(() => page.locator(".message.person .quote").last().textContent()).toContain("Nhắc báo cáo");
    await shot(page, "05-reminder");
  });

  it("switching to the standing office: unread count on the other chat, digest, files", async () => {
    await page.locator("#persona").selectOption("office");
    await page.getByRole("button", { name: "Tham gia với vai này" }).click();
    await poll(() => page.locator(".message.bot .text").first().textContent()).toContain("Xin chào");
    // A week on, a tick each day: the digest the morning after the Q2 deadline, and Monday's.
    await page.getByRole("button", { name: "+7 ngày" }).click();
    await poll(() => page.locator("#clock").textContent()).toBe("20/06/2023 08:00");
    await poll(() => page.locator(".message.bot .text").allTextContents()).toContainEqual(
      expect.stringContaining("📊 Tổng hợp"),
    );
    // Real reminders reached the focal point during the week too: one more makes one more unread.
    const option = page.locator('#persona option[value="focal-point:LDTBXH"]');
    const unread = async () => Number(/\((\d+) tin mới\)/.exec((await option.textContent()) ?? "")?.[1] ?? 0);
    const before = await unread();
    await h.sandbox.notifications.sendReminder({
      outboxId: "o2",
      step: "due",
      chatId: "focal-point:LDTBXH",
      locale: "vi",
      audience: "focal-point",
      agency: { code: "LDTBXH", name: "Phòng Lao động - Thương binh và Xã hội" },
      item: { code: "DA5.TDA3", title: "Hỗ trợ việc làm bền vững" },
      period: { key: "2023-Q2", label: "quý II năm 2023", dueDate: "2023-06-15" },
      daysLate: 0,
    });
    await poll(unread).toBe(before + 1);
    await page.locator("#text").fill("/export");
    await page.keyboard.press("Enter");
    const chartWidth = () => page.evaluate(`document.querySelector(".file img")?.naturalWidth ?? 0`);
    await poll(chartWidth).toBeGreaterThan(100);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".download", { hasText: ".xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    await shot(page, "06-office-export");
  });

  it("keyboard and labels: every control has a name, Tab reaches the persona, the clock and the box", async () => {
    // Visible controls with neither text, nor aria-label, nor a <label for>.
    const unnamed = await page.evaluate(`[...document.querySelectorAll("button, select, textarea, a")]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => !(e.textContent.trim() || e.getAttribute("aria-label") ||
        (e.id && document.querySelector('label[for="' + e.id + '"]')?.textContent.trim())))
      .map((e) => e.outerHTML)`);
    expect(unnamed).toEqual([]);
    await page.locator("#persona").focus();
    const order = ["persona"];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      order.push(
        await page.evaluate(
          `document.activeElement?.tagName === "SELECT" ? document.activeElement.id : document.activeElement?.textContent`,
        ),
      );
    }
    expect(order).toEqual(["persona", "+1 giờ", "+1 ngày", "+7 ngày", "English", "Làm lại từ đầu"]);
    await page.locator("#text").focus();
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("/export");
  });

  it("switches to English and back", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await poll(() => page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("button", { name: "+1 day" }).isVisible()).toBe(true);
    // The people list is fetched again in the new language, after the page's own words change.
    await poll(() => page.locator("#persona option:checked").textContent()).toBe(
      "Văn phòng HĐND-UBND thành phố — standing office",
    );
    await shot(page, "07-english");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await poll(() => page.getAttribute("html", "lang")).toBe("vi");
  });

  it("the reset button starts over, after asking", async () => {
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Làm lại từ đầu" }).click();
    await poll(() => page.locator("#join-panel").isVisible()).toBe(true);
    expect(await page.locator("#clock").textContent()).toBe("12/06/2023 08:00");
    expect(await h.database.db.member.count()).toBe(0);
    await shot(page, "08-reset");
  });
});
