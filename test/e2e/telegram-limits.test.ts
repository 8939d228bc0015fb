// The real Bot API's refusals, met on every path that once ended in "Đã có lỗi xảy ra… mã tham
// chiếu": the fake server refuses exactly as Telegram does (see REFUSALS), the bot must not trip.
import { afterEach, describe, expect, it } from "vitest";
import type { SentMessage } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

async function join(h: Harness, role: string, agency: string, name: string): Promise<PrivateChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite ${role} ${agency}`.trim()));
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

const buttonData = (m: SentMessage, label: string | RegExp) => {
  const b = (m.reply_markup?.inline_keyboard ?? [])
    .flat()
    .find((x) => (typeof label === "string" ? x.text === label : label.test(x.text)));
  if (!b?.callback_data) throw new Error(`no button ${String(label)} in ${JSON.stringify(m.reply_markup)}`);
  return b.callback_data;
};

async function press(chat: PrivateChat, m: SentMessage, label: string | RegExp): Promise<SentMessage> {
  await chat.press(m, buttonData(m, label));
  return chat.next();
}

/** Waits for the message carrying a button, collecting every part sent before it. */
async function partsUntilButton(chat: PrivateChat, label: string): Promise<SentMessage[]> {
  const parts: SentMessage[] = [];
  for (;;) {
    const m = await chat.next();
    parts.push(m);
    if ((m.reply_markup?.inline_keyboard ?? []).flat().some((b) => b.text === label)) return parts;
  }
}

/** A text of about `length` characters, in words. */
const longText = (seed: string, length: number) => {
  let s = "";
  for (let i = 0; s.length + seed.length + 6 < length; i++) s += `${seed} ${i} `;
  return s.trim();
};

const noInternalError = (h: Harness, chat: PrivateChat) => {
  expect(h.tg.refusals.filter((r) => !r.description.includes("message is not modified"))).toEqual([]);
  expect(h.tg.messagesTo(chat.user.id).filter((m) => m.text?.startsWith("Đã có lỗi xảy ra"))).toEqual([]);
  expect(h.logs.filter((l) => l.includes('"update failed"'))).toEqual([]);
};

describe("long texts are split; the choices ride on the last part", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("a one-message report with two 2,000-character fields gets its Confirm button and is saved", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    const results = longText("mở lớp dạy nghề cho thanh niên", 1990);
    const obstacles = longText("thiếu giáo viên và phòng học", 1990);
    await focal.send(`Tiến độ: 50%\nKết quả: ${results}\nKhó khăn: ${obstacles}`);
    const parts = await partsUntilButton(focal, "✅ Xác nhận");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text!.length).toBeLessThanOrEqual(4096);
    const whole = parts.map((p) => p.text).join("\n");
    expect(whole).toContain(results);
    expect(whole).toContain(obstacles);
    expect(parts.slice(0, -1).every((p) => p.reply_markup === undefined)).toBe(true);
    const receipt = await press(focal, parts.at(-1)!, "✅ Xác nhận");
    expect(receipt.text).toMatch(/^✅ Đã lưu báo cáo DA5\.TDA3/);
    const rev = await h.temp.db.reportRevision.findFirstOrThrow();
    expect(rev.results).toBe(results);
    expect(rev.obstacles).toBe(obstacles);
    noInternalError(h, focal);
  });

  it("a guided report with three long answers gets its Confirm button and is saved", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    await focal.send("/report");
    const status = await press(focal, await focal.next(), /^• 2023-Q1/);
    const progress = await press(focal, status, "đang thực hiện");
    expect(progress.text).toMatch(/^Tiến độ/);
    expect(await focal.ask("40")).toMatch(/^Số vốn đã giải ngân/);
    const skip = await press(focal, h.tg.messagesTo(focal.user.id).at(-1)!, "Bỏ qua");
    expect(skip.text).toMatch(/^Kết quả đạt được/);
    const answers = ["kết quả", "khó khăn", "đề xuất"].map((w) => longText(`${w} của đơn vị`, 1995));
    expect(await focal.ask(answers[0]!)).toMatch(/^Khó khăn/);
    expect(await focal.ask(answers[1]!)).toMatch(/^Đề xuất/);
    await focal.send(answers[2]!);
    const parts = await partsUntilButton(focal, "✅ Xác nhận");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text!.length).toBeLessThanOrEqual(4096);
    expect((await press(focal, parts.at(-1)!, "✅ Xác nhận")).text).toMatch(/^✅ Đã lưu/);
    expect(await h.temp.db.reportRevision.count()).toBe(1);
    noInternalError(h, focal);
  });

  it("a long list of reading errors arrives whole, in parts, and quotes emoji whole", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    const lines = ["Tiến độ: 50%", ...Array.from({ length: 90 }, (_, i) => `ghi chú thêm số ${i} 🎉`)];
    await focal.send(lines.join("\n"));
    const parts: SentMessage[] = [];
    while (!parts.at(-1)?.text?.includes("Sửa các dòng trên")) parts.push(await focal.next());
    expect(parts.length).toBeGreaterThan(2);
    const whole = parts.map((p) => p.text).join("\n");
    expect(whole).toContain("ghi chú thêm số 89 🎉");
    expect(await h.temp.db.progressReport.count()).toBe(0);
    noInternalError(h, focal);
  });

  it("quoting a message back never cuts an emoji in half", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    // 1 + 2×30 UTF-16 units: a cut at 40 units falls inside an emoji.
    const reply = await focal.ask(`Tiến độ: x${"🎉".repeat(30)}`);
    expect(reply).toMatch(/^Tin nhắn chưa đọc được hết/);
    expect(reply).toContain(`x${"🎉".repeat(19)}”`);
    noInternalError(h, focal);
  });
});

describe("double taps and callback answers", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("a second tap on a button that edits its message is a quiet success", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const admin = h.chat(h.admin);

    // /invite: the next page, twice.
    await admin.send("/invite");
    const agencies = await admin.tap(await admin.next(), "đầu mối báo cáo");
    const next = buttonData(agencies, "Sau »");
    await admin.press(agencies, next);
    await admin.press(agencies, next);
    await h.tg.waitForMessage(
      h.admin.id,
      (m) => m.message_id === agencies.message_id && m.text!.includes("2/2"),
    );

    // /lang: English, twice.
    await admin.send("/lang");
    const choose = await admin.next();
    const english = buttonData(choose, "English");
    await admin.press(choose, english);
    await admin.press(choose, english);
    await h.tg.waitForMessage(h.admin.id, (m) => m.text === "Switched to English.");
    expect(await admin.ask("/lang vi")).toBe("Đã chuyển sang Tiếng Việt.");

    // /revoke: a member, twice; then "No", twice.
    const focal = await join(h, "focal-point", "VHTT", "Văn hóa");
    const revoking = h.chat(h.admin);
    await revoking.send("/revoke");
    const list = await revoking.next();
    const member = buttonData(list, /^Xóa: Văn hóa/);
    await revoking.press(list, member);
    await revoking.press(list, member);
    const confirm = await h.tg.waitForMessage(
      h.admin.id,
      (m) => m.message_id === list.message_id && m.edited > 0,
    );
    const no = buttonData(confirm, "Không");
    await revoking.press(confirm, no);
    await revoking.press(confirm, no);
    await h.tg.waitForMessage(
      h.admin.id,
      (m) => m.message_id === list.message_id && m.reply_markup === undefined,
    );
    expect(await focal.ask("/tasks")).toContain("DA6"); // still a member

    // Confirm, twice: one report, the keyboard removed once.
    const reporter = await join(h, "focal-point", "LDTBXH", "Hoa");
    await reporter.send("Tiến độ: 50%");
    const draft = await reporter.next();
    const ok = buttonData(draft, "✅ Xác nhận");
    await reporter.press(draft, ok);
    await reporter.press(draft, ok);
    await reporter.next((m) => m.text?.startsWith("Báo cáo này đã được lưu rồi") ?? false);
    expect(await h.temp.db.reportRevision.count()).toBe(1);

    await new Promise((r) => setTimeout(r, 300));
    noInternalError(h, admin);
    noInternalError(h, reporter);
    // The second taps met Telegram's "message is not modified", taken as success (never logged as a failure).
    const notModified = h.tg.refusals.filter((r) => r.description.includes("message is not modified"));
    expect(notModified.length).toBeGreaterThanOrEqual(4);
    expect(h.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it("snooze answers its callback query exactly once, with the notice", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    const reminder = await focal.next();
    await focal.press(reminder, buttonData(reminder, "⏰ Nhắc lại sáng mai"));
    expect((await focal.next()).text).toBe("Được, tôi sẽ nhắc lại lúc 09/03/2023 08:00.");
    const answers = h.tg.calls.filter((c) => c.method === "answerCallbackQuery");
    expect(answers).toHaveLength(1);
    expect(answers[0]!.params.text).toBe("Được, tôi sẽ nhắc lại lúc 09/03/2023 08:00.");
    expect(h.tg.refusals).toEqual([]);
    noInternalError(h, focal);
  });
});
