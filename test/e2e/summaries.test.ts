import ExcelJS from "exceljs";
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

async function report(chat: PrivateChat, text: string) {
  await chat.send(text);
  const summary = await chat.next();
  const confirm = summary.reply_markup!.inline_keyboard![0]![0]!.callback_data!;
  await chat.press(summary, confirm);
  expect((await chat.next()).text).toMatch(/^✅/);
}

describe("summaries, digests and exports over the fake Telegram server", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  async function threeReports() {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
    const ld = await join(h, "focal-point", "LDTBXH", "Hoa");
    const tp = await join(h, "focal-point", "TP", "Tư pháp");
    const vh = await join(h, "focal-point", "VHTT", "Văn hóa");
    await report(ld, "Tiến độ: 35%\nGiải ngân: 1.850,5\nKhó khăn: thiếu giáo viên");
    await report(tp, "DA10.TDA1.ND2\nTiến độ: 50%\nGiải ngân: 40");
    h.clock.set("2023-03-17T09:00:00");
    await report(vh, "Tiến độ: 10%\nGiải ngân: 5\nTrạng thái: vướng mắc");
    h.clock.set("2023-03-20T09:00:00");
    return { ld, tp, vh };
  }

  it("a leader's /summary after three agencies reported", async () => {
    await threeReports();
    const leader = await join(h!, "leader", "", "Chủ tịch");
    await leader.send("/summary");
    const text = (await leader.next()).text!;
    expect(text).toContain("📊 Tổng hợp Báo cáo tiến độ hằng quý (2023-Q1), hạn 15/03/2023");
    expect(text).toContain("Đã nhận 3/13 báo cáo (23,1%); đúng hạn 2/13 (15,4%).");
    expect(text).toContain(
      "Kế hoạch vốn 7.011 triệu đồng (đầu tư 365, sự nghiệp 6.646), khớp số công bố. Đã giải ngân 1.895,5 (27%).",
    );
    expect(text).toContain("DA5: 5.913 · 1.850,5 (31,3%) · 35% · đang thực hiện");
    expect(text).toContain("VHTT · DA6: nộp muộn 2 ngày");
    expect(text).toContain("Kế hoạch còn thiếu: chưa có đơn vị chủ trì: DA1; chưa có vốn: DA5.TDA2, DA7.");
    expect(await h!.chat(aUser()).ask("/summary")).toMatch(/^Anh\/chị chưa được đăng ký/);
    const focal = h!.chat(h!.admin); // the admin may, a focal point may not:
    expect(await focal.ask("/agency VHTT")).toContain(
      "VHTT: Phòng Văn hóa - Thông tin · đã nhận 1/1 (100%), đúng hạn 0",
    );
  });

  it("a focal point cannot see the summary", async () => {
    const { ld } = await threeReports();
    expect(await ld.ask("/summary")).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
    expect(await ld.ask("/export")).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
  });

  it("/overdue lists late agencies; one tap re-sends a reminder", async () => {
    await threeReports();
    const nv = await join(h!, "focal-point", "NV", "Nội vụ");
    const admin = h!.chat(h!.admin);
    await admin.send("/overdue");
    const list = await admin.next();
    expect(list.text).toMatch(/^Chậm, thiếu báo cáo kỳ 2023-Q1 \(11\):/);
    const button = list
      .reply_markup!.inline_keyboard!.flat()
      .find((b) => b.text === "🔔 Nhắc lại NV · DA5.TDA2.ND1")!;
    await admin.press(list, button.callback_data!);
    expect((await admin.next()).text).toBe(
      "Đã xếp lịch nhắc lại cho 1 đầu mối của Phòng Nội vụ (gửi trong vòng một phút).",
    );
    await h!.app.reminders!.tick();
    const reminder = await nv.next((m) => m.text?.startsWith("⏰") ?? false);
    expect(reminder.text).toContain("Hạn: 15/03/2023, đã quá hạn 5 ngày");
  });

  it("a digest arrives in the subscribed group exactly once, across a restart", async () => {
    await threeReports();
    const group = -100777;
    await h!.tg.push({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: group, type: "supergroup", title: "VP HĐND-UBND" },
        from: { ...h!.admin, is_bot: false },
        text: "/subscribe",
        entities: [{ type: "bot_command", offset: 0, length: 10 }],
      },
    });
    await h!.tg.waitForMessage(group, (m) => m.text?.startsWith("Nhóm này sẽ") ?? false);
    h!.clock.set("2023-03-20T08:05:00"); // Monday: the weekly digest
    await h!.app.digests!.tick();
    const digest = await h!.tg.waitForMessage(group, (m) => m.text?.startsWith("📊") ?? false);
    expect(digest.text).toContain("Đã nhận 3/13 báo cáo");
    await h!.restart();
    h!.clock.set("2023-03-20T10:00:00");
    await h!.app.digests!.tick();
    await h!.app.digests!.tick();
    const digests = h!.tg.messagesTo(group).filter((m: SentMessage) => m.text?.startsWith("📊"));
    expect(digests).toHaveLength(1);
    expect(await h!.temp.db.outbox.count({ where: { kind: "digest" } })).toBe(1);
  });

  it("/export returns a real XLSX that opens, the DOCX report and three PNG charts", async () => {
    await threeReports();
    const admin = h!.chat(h!.admin);
    await admin.send("/export quý 1");
    const xlsx = await admin.next((m) => m.document?.file_name.endsWith(".xlsx") ?? false);
    const docx = await admin.next((m) => m.document?.file_name.endsWith(".docx") ?? false);
    const charts = [
      await admin.next((m) => m.photo !== undefined),
      await admin.next((m) => m.photo !== undefined),
      await admin.next((m) => m.photo !== undefined),
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.file! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Theo đơn vị", "Báo cáo", "Chưa báo cáo"]);
    const summary = wb.getWorksheet("Tổng hợp")!;
    const da5 = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === "DA5")!;
    expect(da5.getCell(5).value).toBe(5913);
    expect(da5.getCell(6).value).toBe(1850.5);
    expect(da5.getCell(5).numFmt).toBe("#,##0");
    expect(da5.getCell(6).numFmt).toBe("#,##0.0##");
    const reports = wb.getWorksheet("Báo cáo")!;
    const revisions = reports.getRows(2, reports.rowCount - 1)!.filter((r) => r.getCell(4).value);
    expect(revisions).toHaveLength(3);
    expect(wb.getWorksheet("Chưa báo cáo")!.getRow(1).getCell(1).value).toBe("Đơn vị");
    for (const png of charts) expect(png.file!.subarray(1, 4).toString()).toBe("PNG");
    expect(docx.file!.subarray(0, 2).toString()).toBe("PK");
    expect(xlsx.text).toBe("Bảng tổng hợp 2023-Q1 (Excel)");
  });
});
