import { afterEach, describe, expect, it } from "vitest";
import type { SentMessage } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

async function join(h: Harness, agency: string, name: string): Promise<PrivateChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite focal-point ${agency}`));
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

const button = (m: SentMessage, label: string | RegExp) => {
  const b = (m.reply_markup?.inline_keyboard ?? [])
    .flat()
    .find((x) => (typeof label === "string" ? x.text === label : label.test(x.text)));
  if (!b?.callback_data) throw new Error(`no button ${String(label)} in ${JSON.stringify(m.reply_markup)}`);
  return b.callback_data;
};

/** Presses a button and returns the next message the bot sends. */
async function press(chat: PrivateChat, m: SentMessage, label: string | RegExp): Promise<SentMessage> {
  await chat.press(m, button(m, label));
  return chat.next();
}

describe("progress reports over the fake Telegram server", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("guided report, with a restart in the middle, then confirmed", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    await focal.send("/report");
    const periods = await focal.next();
    expect(periods.text).toBe("Báo cáo cho kỳ nào? (mặc định: kỳ hiện tại)");
    const status = await press(focal, periods, /^• 2023-Q1: hạn 15\/03\/2023$/);
    expect(status.text).toBe("Trạng thái thực hiện DA5.TDA3?");
    const progress = await press(focal, status, "đang thực hiện");
    expect(progress.text).toMatch(/^Tiến độ so với mục tiêu năm/);
    expect(await focal.ask("sáu mươi")).toMatch(/^Dòng 1: không đọc được tiến độ “sáu mươi”/);
    expect(await focal.ask("60")).toMatch(/^Số vốn đã giải ngân lũy kế/);

    await h.restart(); // the dialogue resumes where it was

    expect(await focal.ask("1.200,5")).toMatch(/^Kết quả đạt được\?/);
    expect(await focal.ask("mở 3 lớp dạy nghề, 90 học viên")).toMatch(/^Khó khăn, vướng mắc\?/);
    const proposals = await press(focal, h.tg.messagesTo(focal.user.id).at(-1)!, "Bỏ qua");
    expect(proposals.text).toMatch(/^Đề xuất, kiến nghị\?/);
    const summary = await press(focal, proposals, "Bỏ qua");
    expect(summary.text).toBe(
      [
        "Anh/chị xác nhận báo cáo sau:",
        "Nội dung: DA5.TDA3, Tiểu dự án 3: Dự án phát triển giáo dục nghề nghiệp và giải quyết việc làm cho người lao động vùng DTTS & MN",
        "Kỳ: Báo cáo tiến độ hằng quý (2023-Q1), hạn 15/03/2023",
        "Trạng thái: đang thực hiện",
        "Tiến độ: 60%",
        "Giải ngân lũy kế: 1.200,5 triệu đồng",
        "Kết quả: mở 3 lớp dạy nghề, 90 học viên",
        "Đây sẽ là lần báo cáo thứ 1 của kỳ này.",
      ].join("\n"),
    );
    const receipt = await press(focal, summary, "✅ Xác nhận");
    expect(receipt.text).toMatch(
      /^✅ Đã lưu báo cáo DA5\.TDA3, kỳ Báo cáo tiến độ hằng quý \(2023-Q1\), lần 1\. Số tham chiếu: BC-[0-9A-F]{8}\.$/,
    );
    const rev = await h.temp.db.reportRevision.findFirstOrThrow();
    expect(rev).toMatchObject({
      number: 1,
      status: "in-progress",
      progressPermille: 600,
      disbursedTotalVnd: 1_200_500_000n,
      late: false,
      channel: "telegram",
    });
    expect(await h.temp.db.auditLog.count({ where: { action: "report.submit" } })).toBe(1);
  });

  it("one message replying to a reminder: no item code needed; the report cancels pending reminders", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    const reminder = await focal.next();
    await focal.send("Tien do: 40%\nGiai ngan: 500 trieu\nKet qua: 1 lop", reminder);
    const summary = await focal.next();
    expect(summary.text).toContain("Nội dung: DA5.TDA3");
    expect(summary.text).toContain("Trạng thái: đang thực hiện (suy ra từ tiến độ; bấm Sửa để đổi)");
    expect(summary.text).toContain("Giải ngân lũy kế: 500 triệu đồng");
    await press(focal, summary, "✅ Xác nhận");
    // A snooze row waiting for tomorrow is cancelled by the report; no more reminders follow.
    h.clock.set("2023-03-13T08:00:00");
    await h.app.reminders!.tick();
    expect(h.tg.messagesTo(focal.user.id).filter((m) => m.text?.startsWith("⏰"))).toHaveLength(1);
  });

  it("invalid input gets a precise message and changes nothing; corrected, it is saved", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    const bad = await focal.ask("DA5.TDA3\nTiến độ: sáu mươi\nGiải ngân: nhiều");
    expect(bad).toBe(
      [
        "Tin nhắn chưa đọc được hết, chưa lưu gì:",
        "• Dòng 2: không đọc được tiến độ “sáu mươi”. Ghi số phần trăm từ 0 đến 100, ví dụ: Tiến độ: 60%",
        "• Dòng 3: không đọc được số tiền “nhiều”. Ví dụ: Giải ngân: 1.200,5 (triệu đồng), hoặc 1,2 tỷ, 500 triệu, 1.200.000.000 đồng",
        "Sửa các dòng trên rồi gửi lại cả tin nhắn.",
      ].join("\n"),
    );
    expect(await h.temp.db.progressReport.count()).toBe(0);
    await focal.send("DA5.TDA3\nTiến độ: 60%\nGiải ngân: 6 tỷ");
    const summary = await focal.next();
    expect(summary.text).toContain("⚠️ Số giải ngân 6.000 triệu đồng lớn hơn kế hoạch vốn 5.893 triệu đồng.");
    expect((await press(focal, summary, "✅ Xác nhận")).text).toMatch(/^✅ Đã lưu báo cáo DA5\.TDA3/);
    expect(await h.temp.db.progressReport.count()).toBe(1);
  });

  it("another agency's item is refused", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    await join(h, "LDTBXH", "Hoa");
    const tp = await join(h, "TP", "Tư pháp");
    expect(await tp.ask("DA5.TDA3\nTiến độ: 10%")).toBe(
      "Nội dung DA5.TDA3 không thuộc đơn vị của anh/chị, nên không báo cáo được. Gõ /tasks để xem các nội dung của đơn vị.",
    );
    expect(await tp.ask("/report DA9.TDA9\nTiến độ: 10%")).toMatch(/^Không có nội dung mã DA9\.TDA9/);
    expect(await tp.ask("Tiến độ: 10%")).toMatch(
      /^Đơn vị có nhiều nội dung \(DA10\.TDA1\.ND2, DA10\.TDA1\.ND3\)/,
    );
    expect(await h.temp.db.progressReport.count()).toBe(0);
  });

  it("an edit creates a new revision; earlier ones are kept and viewable; after the deadline it is late", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    await focal.send("Tiến độ: 30%");
    await press(focal, await focal.next(), "✅ Xác nhận");
    h.clock.set("2023-03-20T09:00:00"); // after the deadline, still Q1
    await focal.send("Kỳ: quý 1\nTiến độ: 25%\nKhó khăn: thiếu giáo viên");
    const summary = await focal.next();
    expect(summary.text).toContain("⚠️ Tiến độ 25% thấp hơn lần báo cáo trước (30%).");
    expect(summary.text).toContain("(nộp sau hạn: lần báo cáo này được ghi là muộn)");
    expect(summary.text).toContain("Đây sẽ là lần báo cáo thứ 2 của kỳ này.");
    expect((await press(focal, summary, "✅ Xác nhận")).text).toMatch(
      /lần 2\. Số tham chiếu: BC-.*Báo cáo được ghi nhận là nộp sau hạn\.$/,
    );
    const history = await focal.ask("/history DA5.TDA3 2023-Q1");
    expect(history).toMatch(/^Các lần báo cáo DA5\.TDA3, kỳ Báo cáo tiến độ hằng quý \(2023-Q1\)/);
    expect(history).toMatch(/Lần 1: 10\/03\/2023 10:00 · đang thực hiện · 30%/);
    expect(history).toMatch(/Lần 2: 20\/03\/2023 09:00 \(muộn\) · đang thực hiện · 25%/);
    expect(await h.temp.db.reportRevision.count()).toBe(2);
  });

  it("double-tapping Confirm creates one report", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    await focal.send("Tiến độ: 50%");
    const summary = await focal.next();
    const data = button(summary, "✅ Xác nhận");
    await focal.press(summary, data);
    await focal.press(summary, data);
    const first = await focal.next((m) => m.text?.startsWith("✅") ?? false);
    const second = await focal.next((m) => m.text?.startsWith("Báo cáo này đã được lưu rồi") ?? false);
    expect(first.text).toMatch(/lần 1/);
    expect(second.text).toMatch(/lần 1/);
    expect(await h.temp.db.reportRevision.count()).toBe(1);
  });
});

describe("attachments and corrections", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("a photo with the report as its caption is kept with the revision", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    await focal.sendPhoto("Tiến độ: 70%\nKết quả: lễ khai giảng lớp nghề");
    const summary = await focal.next();
    expect(summary.text).toContain("Tệp đính kèm: 1");
    await press(focal, summary, "✅ Xác nhận");
    const files = await h.temp.db.attachment.findMany();
    expect(files).toMatchObject([{ kind: "photo", fileId: `photo-${focal.user.id}`, sizeBytes: 180_000 }]);
  });

  it("the standing office asks for a correction; the focal point's next revision answers it", async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const focal = await join(h, "LDTBXH", "Hoa");
    await focal.send("Tiến độ: 30%\nGiải ngân: 100");
    await press(focal, await focal.next(), "✅ Xác nhận");
    const admin = h.chat(h.admin);
    expect(await admin.ask("/correct DA5.TDA3 2023-Q1 số giải ngân chưa khớp")).toBe(
      "Đã gửi đề nghị sửa báo cáo DA5.TDA3 (2023-Q1) tới 1 đầu mối của đơn vị.",
    );
    expect((await focal.next()).text).toMatch(
      /^📝 Quản trị .* đề nghị sửa báo cáo DA5\.TDA3, kỳ Báo cáo tiến độ hằng quý \(2023-Q1\): số giải ngân chưa khớp/,
    );
    expect(await focal.ask("/correct DA5.TDA3 x")).toBe(
      "Xin lỗi, anh/chị không có quyền dùng chức năng này.",
    );
    await focal.send("Kỳ: 2023-Q1\nTiến độ: 30%\nGiải ngân: 120");
    expect((await press(focal, await focal.next(), "✅ Xác nhận")).text).toMatch(/lần 2/);
    const request = await h.temp.db.correctionRequest.findFirstOrThrow();
    expect(request.resolvedAt).not.toBeNull();
    expect(await h.temp.db.reportRevision.count()).toBe(2);
  });
});
