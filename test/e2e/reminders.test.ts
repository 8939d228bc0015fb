import { afterEach, describe, expect, it } from "vitest";
import { aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

async function join(h: Harness, agency: string, name: string): Promise<PrivateChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite focal-point ${agency}`));
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

describe("reminders over the fake Telegram server", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("a focal point receives the reminder, taps snooze, and gets it again the next morning", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    const reminder = await focal.next();
    expect(reminder.text).toBe(
      [
        "⏰ Nhắc báo cáo: Báo cáo tiến độ hằng quý (2023-Q1)",
        "Nội dung: DA5.TDA3, Tiểu dự án 3: Dự án phát triển giáo dục nghề nghiệp và giải quyết việc làm cho người lao động vùng DTTS & MN",
        "Hạn: 15/03/2023 (còn 7 ngày)",
        "",
        "Bấm “Báo cáo ngay”, hoặc trả lời tin nhắn này theo mẫu:",
        "DA5.TDA3",
        "Tiến độ: 60%",
        "Giải ngân: 1.200,5",
        "Kết quả: mở 3 lớp dạy nghề, 90 học viên",
        "Khó khăn: ...",
        "Đề xuất: ...",
      ].join("\n"),
    );
    const buttons = reminder.reply_markup!.inline_keyboard!.flat().map((b) => b.text);
    expect(buttons).toEqual(["📝 Báo cáo ngay", "⏰ Nhắc lại sáng mai"]);

    await focal.press(reminder, reminder.reply_markup!.inline_keyboard![1]![0]!.callback_data!);
    expect((await focal.next()).text).toBe("Được, tôi sẽ nhắc lại lúc 09/03/2023 08:00.");
    await focal.press(reminder, reminder.reply_markup!.inline_keyboard![0]![0]!.callback_data!);
    expect((await focal.next()).text).toBe("Trạng thái thực hiện DA5.TDA3?"); // the guided report, item and period known
    await focal.press(reminder, "wz-cancel");
    expect((await focal.next()).text).toBe("Đã hủy, không lưu gì.");

    h.clock.set("2023-03-08T16:00:00");
    await h.app.reminders!.tick();
    h.clock.set("2023-03-09T08:00:00");
    await h.app.reminders!.tick();
    const again = await focal.next();
    expect(again.text).toMatch(
      /^⏰ Nhắc báo cáo: Báo cáo tiến độ hằng quý \(2023-Q1\)\n.*\nHạn: 15\/03\/2023 \(còn 6 ngày\)/,
    );
    expect(h.tg.messagesTo(focal.user.id).filter((m) => m.text?.startsWith("⏰ Nhắc"))).toHaveLength(2);
  });

  it("someone else's snooze button is refused", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    const other = await join(h, "TP", "Tư pháp");
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    const reminder = await focal.next();
    await other.press(reminder, reminder.reply_markup!.inline_keyboard![1]![0]!.callback_data!);
    expect(
      (await other.next((m) => m.text === "Xin lỗi, anh/chị không có quyền dùng chức năng này.")).text,
    ).toBeTruthy();
    expect(
      await h.temp.db.outbox.count({ where: { kind: "reminder", step: { startsWith: "snooze-" } } }),
    ).toBe(0);
  });

  it("a 429 storm delays sends but loses none and doubles none", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const agencies = ["LDTBXH", "TP", "VHTT", "TTYT", "HLHPN", "NV", "UBND-HT", "TCKH"];
    const chats = [];
    for (const a of agencies) chats.push(await join(h, a, `Đầu mối ${a}`));
    h.tg.failNext("sendMessage", { kind: "429", retryAfter: 1 }, 8);
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    h.clock.set("2023-03-08T08:05:00");
    await h.app.reminders!.tick(); // anything that outlasted the client's retries goes now
    for (const c of chats) {
      const got = h.tg.messagesTo(c.user.id).filter((m) => m.text?.startsWith("⏰ Nhắc"));
      // One message each: Tư pháp's lists both its items (ND2 and ND3), batched.
      expect(got).toHaveLength(1);
      if (c.user.first_name.endsWith("TP"))
        expect(got[0]?.text).toMatch(/DA10\.TDA1\.ND2[\s\S]*DA10\.TDA1\.ND3/);
    }
    const outbox = await h.temp.db.outbox.findMany({ where: { kind: "reminder" } });
    expect(outbox.every((r) => r.status === "sent" && r.messageId !== null)).toBe(true);
    expect(
      h.tg.calls.filter((c) => c.method === "sendMessage" && String(c.params.text).startsWith("⏰")).length,
    ).toBe(8 + 8); // 8 messages (9 reminders) + 8 refused with 429
  });
});

describe("the standing office's view of reminders", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("/schedule shows what comes next; /pause and /resume an agency", async () => {
    h = await startHarness({ at: "2023-03-06T03:00:00Z" });
    await join(h, "LDTBXH", "Hoa");
    const admin = h.chat(h.admin);
    const schedule = await admin.ask("/schedule");
    expect(schedule).toContain("Theo lịch 7 ngày tới:");
    expect(schedule).toContain("08/03/2023 08:00 · LDTBXH · DA5.TDA3 · 2023-Q1 · before-7d → Hoa");
    expect(await admin.ask("/pause LDTBXH")).toBe(
      "Đã tạm dừng nhắc nhở cho Phòng Lao động - Thương binh và Xã hội.",
    );
    expect(await admin.ask("/schedule")).not.toContain("LDTBXH");
    expect(await admin.ask("/pause XYZ")).toBe("Không có đơn vị hay kỳ báo cáo nào mã XYZ.");
    expect(await admin.ask("/resume LDTBXH")).toBe(
      "Đã bật lại nhắc nhở cho Phòng Lao động - Thương binh và Xã hội.",
    );
    const focal = h.chat(aUser());
    expect(await focal.ask("/schedule")).toMatch(/^Anh\/chị chưa được đăng ký/);
  });
});
