// The conversation driven directly, no channel: what a person is shown for what they did.
import { afterEach, describe, expect, it } from "vitest";
import { decodeChoice } from "../../src/conversation/choice-payload.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { choiceIn, conversationWorld, joined, text, type ConversationWorld } from "./conversation-world.ts";

const MARCH_10 = "2023-03-10T03:00:00Z";

describe("the conversation, without a channel", () => {
  let w: ConversationWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("onboarding: an identity and an invite code make a member, who sees /help, /me and /tasks", async () => {
    w = await conversationWorld(MARCH_10);
    const stranger = w.person("1");
    expect(text(await stranger.send("/tasks"))).toMatch(/^Anh\/chị chưa được đăng ký/);
    expect(text(await stranger.send("xin chào"))).toMatch(/^Xin chào! tiendo/);
    const admin = w.admin();
    const invite = text(await admin.send("/invite focal-point LDTBXH"));
    expect(invite).toContain("người được mời gõ /start"); // the sandbox registered no link
    const code = /Mã: (\S+)/.exec(invite)![1]!;
    const join = await stranger.send(`/start ${code}`);
    expect(text(join)).toMatch(/^Chào mừng Người 1! Anh\/chị đã tham gia với vai trò đầu mối báo cáo/);
    expect(join.menuRole).toBe("focal-point");
    expect(text(await stranger.send("/me"))).toContain("Vai trò: đầu mối báo cáo");
    const help = text(await stranger.send("/help"));
    expect(help).toContain("/report");
    expect(help).not.toContain("/invite");
    const tasks = text(await stranger.send("/tasks"));
    expect(tasks).toContain("DA5.TDA3 (chủ trì)");
    expect(tasks).toContain("Vốn: 5.893 triệu đồng");
  });

  it("a channel's links are used once it registers them", async () => {
    w = await conversationWorld(MARCH_10);
    w.directory.register("telegram", { inviteLink: (code) => `http://127.0.0.1:9/join/${code}` });
    expect(text(await w.admin().send("/invite leader"))).toMatch(/http:\/\/127\.0\.0\.1:9\/join\/\S+/);
  });

  it("a one-message report: draft with choices, Confirm saves once, a second Confirm says so", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "2", "focal-point", "LDTBXH");
    const draft = await focal.send("Tiến độ: 40%\nGiải ngân: 500 triệu");
    expect(text(draft)).toContain("Giải ngân lũy kế: 500 triệu đồng");
    const ok = await focal.pick(draft, "✅ Xác nhận");
    expect(ok.outputs[0]).toEqual({ kind: "edit-origin", choices: null });
    expect(text(ok)).toMatch(/^✅ Đã lưu báo cáo DA5\.TDA3/);
    expect(text(await focal.pick(draft, "✅ Xác nhận"))).toMatch(/^Báo cáo này đã được lưu rồi/);
    expect(await w.temp.db.reportRevision.count()).toBe(1);
  });

  it("the guided report: per person, back and skip, refusals keep the answers, Edit reopens a draft", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "3", "focal-point", "LDTBXH");
    const periods = await focal.send("/report");
    expect(text(periods)).toBe("Báo cáo cho kỳ nào? (mặc định: kỳ hiện tại)");
    const status = await focal.pick(periods, /^• 2023-Q1/);
    const progress = await focal.pick(status, "đang thực hiện");
    expect(text(await focal.send("nhiều"))).toMatch(/không đọc được tiến độ “nhiều”/);
    expect(text(await focal.send("60"))).toMatch(/^Số vốn đã giải ngân/);
    const back = await focal.pick(progress, "« Quay lại");
    expect(text(back)).toMatch(/^Tiến độ so với mục tiêu năm.*\n.*60/);
    const disbursed = await focal.send("65");
    const results = await focal.pick(disbursed, "Bỏ qua");
    expect(text(results)).toMatch(/^Kết quả đạt được/);
    await focal.send("mở 3 lớp");
    await focal.pick(disbursed, "Bỏ qua");
    const draft = await focal.pick(disbursed, "Bỏ qua");
    expect(text(draft)).toContain("Tiến độ: 65%");
    const reopened = await focal.pick(draft, "✏️ Sửa");
    expect(text(reopened)).toMatch(/^Trạng thái thực hiện DA5\.TDA3\?/);
    expect(text(await focal.pick(reopened, "Hủy"))).toBe("Đã hủy, không lưu gì.");
    expect(text(await focal.pick(reopened, "Hủy"))).toBe(
      "Anh/chị không có báo cáo nào đang làm dở. Gõ /report để bắt đầu.",
    );
    expect(await w.temp.db.progressReport.count()).toBe(0);
  });

  it("a refusal when drafting keeps the guided report's answers", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "4", "focal-point", "LDTBXH");
    const periods = await focal.send("/report");
    const status = await focal.pick(periods, /^• 2023-Q1/);
    await focal.pick(status, "đang thực hiện");
    await focal.send("50");
    const disbursed = await focal.send("100");
    await focal.send("kết quả");
    await focal.pick(disbursed, "Bỏ qua");
    // The agency's assignment stops requiring reports before the last answer: drafting is refused.
    await w.temp.db.assignment.updateMany({ data: { mustReport: false } });
    const refused = await focal.pick(disbursed, "Bỏ qua");
    expect(text(refused)).toBe("Đơn vị của anh/chị không có nội dung nào phải báo cáo.");
    await w.temp.db.assignment.updateMany({ data: { mustReport: true } });
    const draft = await focal.pick(disbursed, "Bỏ qua");
    expect(text(draft)).toContain("Tiến độ: 50%");
    expect(text(draft)).toContain("Kết quả: kết quả");
  });

  it("in a group: personal commands point to the private chat; text is left alone", async () => {
    w = await conversationWorld(MARCH_10);
    await joined(w, "5", "focal-point", "LDTBXH");
    const inGroup = w.person("5", { chatId: "-42", chatKind: "group" });
    expect(text(await inGroup.send("/tasks"))).toMatch(/^Lệnh này chỉ dùng trong cuộc trò chuyện riêng/);
    expect(text(await inGroup.send("/report"))).toMatch(/^Lệnh này chỉ dùng trong cuộc trò chuyện riêng/);
    expect((await inGroup.send("Tiến độ: 40%")).outputs).toEqual([]);
    w.directory.register("sandbox", { privateChatLink: () => "http://127.0.0.1:9/" });
    expect(text(await inGroup.send("/me"))).toMatch(/http:\/\/127\.0\.0\.1:9\/$/);
    const office = w.admin({ chatId: "-42", chatKind: "group", chatTitle: "VP" });
    expect(text(await office.send("/subscribe"))).toMatch(/^Nhóm này sẽ/);
    expect(text(await office.send("/summary"))).toMatch(/^📊 Tổng hợp/);
  });

  it("forged and stale choices are refused and change nothing; other people's drafts are not theirs", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "6", "focal-point", "LDTBXH");
    const other = await joined(w, "7", "focal-point", "TP");
    const draft = await focal.send("Tiến độ: 10%");
    const bad = "Nút này không còn hiệu lực. Hãy gõ lại lệnh.";
    expect(text(await other.handle({ kind: "choice", payload: "rp-ok|x" }))).toBe(bad);
    expect(text(await other.handle({ kind: "choice", payload: `lang|${"v".repeat(80)}` }))).toBe(bad);
    expect(text(await other.handle({ kind: "choice", payload: choiceIn(draft, "✅ Xác nhận") }))).toBe(
      "Xin lỗi, anh/chị không có quyền dùng chức năng này.",
    );
    expect(text(await other.handle({ kind: "choice", payload: choiceIn(draft, "✖️ Hủy") }))).toBe(
      "Xin lỗi, anh/chị không có quyền dùng chức năng này.",
    );
    expect(await w.temp.db.reportRevision.count()).toBe(0);
    expect(text(await focal.pick(draft, "✖️ Hủy"))).toBe("Đã hủy, không lưu gì.");
  });

  it("/export returns the workbook, the report and three charts; every choice payload is ≤ 64 bytes and parses", async () => {
    w = await conversationWorld(MARCH_10);
    const files = (await w.admin().send("/export 2023-Q1")).outputs;
    expect(files.map((f) => (f.kind === "file" ? [f.format, f.caption] : f.kind))).toEqual([
      ["xlsx", "Bảng tổng hợp 2023-Q1 (Excel)"],
      ["docx", expect.stringContaining("2023-Q1")],
      ["png", expect.stringContaining("2023-Q1")],
      ["png", expect.stringContaining("2023-Q1")],
      ["png", expect.stringContaining("2023-Q1")],
    ]);
    const replies: Reply[] = [await w.admin().send("/revoke"), await w.admin().send("/invite")];
    w.clock.set("2023-03-20T09:00:00");
    replies.push(await w.admin().send("/overdue"));
    const payloads = replies.flatMap((r) =>
      r.outputs.flatMap((o) => (o.kind === "message" ? (o.choices ?? []).flat().map((c) => c.payload) : [])),
    );
    expect(payloads.length).toBeGreaterThan(5);
    for (const p of payloads) {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(64);
      expect(decodeChoice(p)).not.toBeNull();
    }
  });

  it("an unexpected failure: a localised message with a reference id, logged", async () => {
    w = await conversationWorld(MARCH_10);
    const lines: string[] = [];
    const { default: pino } = await import("pino");
    w.deps.logger = pino({ level: "error" }, { write: (l: string) => void lines.push(l) });
    const { createConversation } = await import("../../src/conversation/create-conversation.ts");
    const conversation = createConversation(w.deps);
    await w.temp.db.$executeRawUnsafe('DROP TABLE "Session"');
    const reply = await conversation.handle(
      { channel: "sandbox", externalId: "8", chatId: "8", chatKind: "private" },
      { kind: "command", name: "lang", args: "en" },
    );
    const ref = /mã tham chiếu: ([0-9A-F]{8})$/.exec(text(reply))?.[1];
    expect(ref).toBeDefined();
    expect(lines.some((l) => l.includes(ref!) && l.includes("update failed"))).toBe(true);
  });
});
