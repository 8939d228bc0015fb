import { afterEach, describe, expect, it } from "vitest";
import { resolveActor } from "../../src/services/people/resolve-actor.ts";
import { subscribeChat } from "../../src/services/people/subscribe-chat.ts";
import { inviteCodeIn } from "../support/bot-harness.ts";
import type { ZaloChat } from "../support/fake-zalo/zalo-chat.ts";
import { expectWithinZaloLimits, startZaloHarness, type ZaloHarness } from "../support/zalo-harness.ts";

async function joinOnZalo(h: ZaloHarness, invite: string, name: string): Promise<ZaloChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite ${invite}`));
  const chat = h.zaloChat(name);
  expect(await chat.ask(code)).toMatch(/^Chào mừng/);
  return chat;
}

describe("the Zalo channel over the fake Zalo server", () => {
  let h: ZaloHarness | undefined;
  afterEach(async () => {
    if (h) expectWithinZaloLimits(h);
    await h?.stop();
    h = undefined;
  });

  it("join by code → /tasks → a reminder → a one-message report → 1 confirms → the summary counts it", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const code = inviteCodeIn(await h.chat(h.admin).ask("/invite focal-point LDTBXH"));
    const hoa = h.zaloChat("Lê Thị Hoa");
    expect(await hoa.ask(code)).toBe(
      "Chào mừng Lê Thị Hoa! Anh/chị đã tham gia với vai trò đầu mối báo cáo của Phòng Lao động - Thương binh và Xã hội. Gõ /tasks để xem các nội dung được giao, /help để xem các lệnh.",
    );
    const tasks = await hoa.ask("/tasks");
    expect(tasks).toContain("DA5.TDA3 (chủ trì): Tiểu dự án 3");
    expect(tasks).toContain("Vốn: 5.893 triệu đồng");

    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    const reminder = (await hoa.next()).text!;
    expect(reminder).toMatch(/^⏰ Nhắc báo cáo: Báo cáo tiến độ hằng quý \(2023-Q1\)/);
    expect(reminder).toContain(
      "Trả lời 1 để báo cáo ngay, 2 để nhắc lại sáng mai; hoặc gửi báo cáo theo mẫu:",
    );
    expect(reminder).not.toContain("1 — "); // the text itself says what the numbers do

    await hoa.send("DA5.TDA3\nTiến độ: 60%\nGiải ngân: 1.200,5\nKết quả: mở 3 lớp dạy nghề");
    const draft = (await hoa.next()).text!;
    expect(draft).toMatch(/^Anh\/chị xác nhận báo cáo sau:/);
    expect(draft).toContain("1 — ✅ Xác nhận   2 — ✏️ Sửa   3 — ✖️ Hủy");
    const receipt = await hoa.ask("1");
    expect(receipt).toMatch(/^✅/);
    expect(await h.temp.db.progressReport.count()).toBe(1);
    expect(await hoa.ask("1")).toBe(
      "Số này không còn ứng với lựa chọn nào: cuộc trò chuyện đã sang bước khác. Gõ /help để xem các lệnh.",
    );

    const summary = await h.chat(h.admin).ask("/summary");
    expect(summary).toContain("Đã nhận 1/13 báo cáo");
  });

  it("the guided report by numbers and labels, a typed number as the answer, a restart before the pick", async () => {
    h = await startZaloHarness({ at: "2023-03-10T03:00:00Z" });
    const hoa = await joinOnZalo(h, "focal-point LDTBXH", "Hoa");
    const periods = await hoa.ask("/report");
    expect(periods).toMatch(
      /^Báo cáo cho kỳ nào\? \(mặc định: kỳ hiện tại\)\n\n1 — • 2023-Q1: hạn 15\/03\/2023\n/,
    );
    expect(periods).toMatch(/\d+ — Hủy\nTrả lời bằng số \(1–\d+\) hoặc gõ đúng tên lựa chọn\.$/);
    const status = await hoa.ask("01");
    expect(status).toBe(
      [
        "Trạng thái thực hiện DA5.TDA3?",
        "",
        "1 — chưa thực hiện   2 — đang thực hiện",
        "3 — hoàn thành   4 — vướng mắc",
        "5 — « Quay lại   6 — Hủy",
        "Trả lời bằng số (1–6) hoặc gõ đúng tên lựa chọn.",
      ].join("\n"),
    );
    expect(await hoa.ask("9")).toBe("Hãy trả lời bằng một số từ 1 đến 6, hoặc gõ tên lựa chọn.");
    const progress = await hoa.ask("hai");
    expect(progress).toMatch(/^Tiến độ so với mục tiêu năm/);
    expect(progress).toContain("\n\nHoặc gõ: « Quay lại · Hủy");
    expect(await hoa.ask("60")).toMatch(/^Số vốn đã giải ngân lũy kế/);
    // A typed question: "2" is the amount, not the second choice.
    expect(await hoa.ask("2")).toMatch(/^Kết quả đạt được\?/);
    expect(await hoa.ask("mở 3 lớp dạy nghề")).toMatch(/^Khó khăn, vướng mắc\?/);
    expect(await hoa.ask("bo qua")).toMatch(/^Đề xuất, kiến nghị\?/);
    const draft = await hoa.ask("Bỏ qua");
    expect(draft).toContain("Trạng thái: đang thực hiện\nTiến độ: 60%\nGiải ngân lũy kế: 2 triệu đồng");
    expect(draft).toContain("1 — ✅ Xác nhận   2 — ✏️ Sửa   3 — ✖️ Hủy");

    await h.restart(); // the offer is in the database

    expect(await hoa.ask("xac nhan")).toMatch(/^✅ Đã lưu báo cáo DA5\.TDA3/);
    const rev = await h.temp.db.reportRevision.findFirstOrThrow();
    expect(rev).toMatchObject({
      status: "in-progress",
      progressPermille: 600,
      disbursedTotalVnd: 2_000_000n,
    });
  });

  it("a reminder's 2 snoozes it; pictures join a report; stickers, voice and files get an answer", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const hoa = await joinOnZalo(h, "focal-point LDTBXH", "Hoa");
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    expect((await hoa.next()).text).toMatch(/^⏰ Nhắc báo cáo/);
    expect(await hoa.ask("2")).toBe("Được, tôi sẽ nhắc lại lúc 09/03/2023 08:00.");

    await hoa.sendPhoto(
      "https://zalo.example/photo/abc.jpg",
      "Tiến độ: 70%\nKết quả: lễ khai giảng lớp nghề",
    );
    expect((await hoa.next()).text).toMatch(/^Anh\/chị xác nhận báo cáo sau:/);
    expect(await hoa.ask("1")).toMatch(/^✅/);
    const attachments = await h.temp.db.attachment.findMany();
    expect(attachments.map((a) => a.fileId)).toEqual(["https://zalo.example/photo/abc.jpg"]);

    // A draft longer than 2,000 characters comes in parts cut between lines; the choices end the last.
    const results = Array.from({ length: 30 }, (_, i) => `lớp ${i + 1} 👩🏽‍🏫 khai giảng đúng kế hoạch`).join(
      "; ",
    );
    await hoa.send(`DA5.TDA3\nTiến độ: 75%\nKết quả: ${results}\nKhó khăn: ${results.slice(0, 900)}`);
    const [first, second] = await hoa.nextMany(2);
    expect(first!.text).toMatch(/^Anh\/chị xác nhận báo cáo sau:/);
    expect(first!.text!.length + second!.text!.length).toBeGreaterThan(2000);
    expect(second!.text).toMatch(/1 — ✅ Xác nhận {3}2 — ✏️ Sửa {3}3 — ✖️ Hủy\n[^\n]+$/);
    expect(await hoa.ask("3")).toBe("Đã hủy, không lưu gì.");

    await hoa.sendOther("message.sticker.received");
    expect((await hoa.next()).text).toBe("Cảm ơn anh/chị! Bot chỉ đọc được tin nhắn chữ và ảnh.");
    await hoa.sendOther("message.voice.received");
    expect((await hoa.next()).text).toMatch(/^Xin lỗi, bot chưa nghe được tin nhắn thoại/);
    await hoa.sendOther("message.unsupported.received");
    expect((await hoa.next()).text).toMatch(/^Zalo không chuyển tệp, đường link/);
  });

  it("digests go to a standing-office member's private Zalo chat; a blocked focal point is reported", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const office = await joinOnZalo(h, "standing-office", "Văn phòng");
    // (/subscribe from a private chat is the people feature's; here the subscription is made directly.)
    const deps = { db: h.temp.db, clock: h.clock };
    const actor = await resolveActor(deps, { channel: "zalo", externalId: office.user.id });
    await subscribeChat(deps, { actor: actor!, channel: "zalo", chatId: office.user.id, title: "Văn phòng" });
    // The guided /invite by numbers and names (its edits arrive as new messages).
    const roles = await office.ask("/invite");
    expect(roles).toMatch(/^Chọn vai trò cho người được mời:\n\n1 — /);
    const agencies = await office.ask("dau moi bao cao");
    expect(agencies).toMatch(/^Chọn đơn vị cho đầu mối báo cáo \(trang 1\/2\):\n\n1 — /);
    const created = await office.ask("1");
    expect(created).toContain("Mã: ");
    const hoa = h.zaloChat("Hoa");
    expect(await hoa.ask(inviteCodeIn(created))).toMatch(/^Chào mừng Hoa!/);
    h.zalo.blocked.add(hoa.user.id);
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    await h.app.outbox!.drain();
    const told = await office.next();
    expect(told.text).toMatch(/^Không gửi được nhắc nhở cho Hoa/);
    expect(
      await h.temp.db.chatIdentity.count({ where: { channel: "zalo", unreachableAt: { not: null } } }),
    ).toBe(1);

    h.clock.set("2023-03-20T08:05:00"); // Monday: the weekly digest
    await h.app.digests!.tick();
    await h.app.outbox!.drain();
    let digest = await office.next();
    while (!digest.text?.startsWith("📊")) digest = await office.next();
    expect(digest.text).toContain("📊 Tổng hợp Báo cáo tiến độ hằng quý (2023-Q1)");
  });
});
