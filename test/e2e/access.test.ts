import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeChoice as encodeCallback } from "../../src/conversation/choice-payload.ts";
import { aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

async function join(h: Harness, role: string, agency: string, name: string): Promise<PrivateChat> {
  const admin = h.chat(h.admin);
  const code = inviteCodeIn(await admin.ask(`/invite ${role} ${agency}`.trim()));
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

describe("roles and refusals", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("an unknown person gets an explanation, not data", async () => {
    const stranger = h.chat(aUser());
    expect(await stranger.ask("/start")).toMatch(/^Xin chào! tiendo giúp theo dõi tiến độ/);
    for (const cmd of ["/tasks", "/members", "/agencies", "/invite", "/revoke", "/me"]) {
      expect(await stranger.ask(cmd)).toMatch(/^Anh\/chị chưa được đăng ký dùng tiendo/);
    }
    expect(await stranger.ask("xin chào")).toMatch(/^Xin chào! tiendo/);
  });

  it("a focal point sees only its own agency and cannot manage people", async () => {
    const focal = await join(h, "focal-point", "TP", "Tư pháp");
    const tasks = await focal.ask("/tasks");
    expect(tasks).toContain("DA10.TDA1.ND2 (thực hiện)");
    expect(tasks).toContain("Vốn: 131 triệu đồng (dòng vốn chung với DA10.TDA1.ND3)");
    expect(tasks).not.toContain("DA5.TDA3");
    for (const cmd of ["/members", "/agencies", "/invite", "/invite admin", "/revoke"]) {
      expect(await focal.ask(cmd)).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
    }
    const help = await focal.ask("/help");
    expect(help).toContain("/tasks");
    expect(help).not.toContain("/invite");
  });

  it("a forged button is refused and changes nothing", async () => {
    const focal = await join(h, "focal-point", "TP", "Tư pháp");
    await focal.ask("/me");
    const msg = h.tg.messagesTo(focal.user.id).at(-1)!;
    const before = await h.temp.db.invite.count();
    // A focal point forging the admin's "create invite for an admin" button.
    await focal.press(msg, encodeCallback({ kind: "inv-agency", role: "admin", agency: "-" }));
    expect((await focal.next()).text).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
    await focal.press(msg, "inv-agency|admin|-|junk");
    expect((await focal.next()).text).toBe("Nút này không còn hiệu lực. Hãy gõ lại lệnh.");
    await focal.press(msg, "rv-mem-ok|not-a-uuid");
    expect((await focal.next()).text).toBe("Nút này không còn hiệu lực. Hãy gõ lại lệnh.");
    expect(await h.temp.db.invite.count()).toBe(before);
    expect(await h.temp.db.member.count({ where: { removedAt: { not: null } } })).toBe(0);
  });

  it("a leader views agencies and members but cannot invite", async () => {
    const leader = await join(h, "leader", "", "Lãnh đạo");
    const agencies = await leader.ask("/agencies");
    expect(agencies).toContain("VP ★: Văn phòng HĐND-UBND thành phố");
    expect(agencies).toContain(
      "LDTBXH: Phòng Lao động - Thương binh và Xã hội · 1 nội dung báo cáo · 0 đầu mối",
    );
    const members = await leader.ask("/members");
    expect(members).toContain("Lãnh đạo");
    expect(await leader.ask("/invite focal-point NV")).toBe(
      "Xin lỗi, anh/chị không có quyền dùng chức năng này.",
    );
    expect(await leader.ask("/tasks")).toBe("Tài khoản của anh/chị chưa gắn với đơn vị nào.");
  });

  it("removing a member takes effect immediately", async () => {
    const focal = await join(h, "focal-point", "VHTT", "Văn hóa");
    expect(await focal.ask("/tasks")).toContain("DA6");
    const admin = h.chat(h.admin);
    await admin.send("/revoke");
    const list = await admin.next();
    const confirm = await admin.tap(list, /^Xóa: Văn hóa/);
    expect(confirm.text).toMatch(/^Xóa Văn hóa/);
    const done = await admin.tap(confirm, "Xóa");
    expect(done.text).toMatch(/^Đã xóa Văn hóa/);
    expect(await focal.ask("/tasks")).toMatch(/^Anh\/chị chưa được đăng ký/);
  });

  it("/lang switches per user and is remembered across a restart", async () => {
    const focal = await join(h, "focal-point", "NV", "Nội vụ");
    await focal.send("/lang");
    const choose = await focal.next();
    expect((await focal.tap(choose, "English")).text).toBe("Switched to English.");
    expect(await focal.ask("/me")).toContain("Role: focal point");
    await h.restart();
    expect(await focal.ask("/tasks")).toContain("Items assigned to Phòng Nội vụ (1):");
    expect(await h.chat(h.admin).ask("/me")).toContain("Vai trò: quản trị viên");
    // Someone not registered can choose too.
    const stranger = h.chat(aUser({ language_code: "en" }));
    expect(await stranger.ask("/start")).toMatch(/^Hello! tiendo follows/);
    expect(await stranger.ask("/lang vi")).toBe("Đã chuyển sang Tiếng Việt.");
    expect(await stranger.ask("/start")).toMatch(/^Xin chào!/);
  });

  it("/subscribe works only for the standing office or an admin, in a group or a private chat", async () => {
    const groupId = -100123;
    const push = (from: { id: number; first_name: string }, text: string) =>
      h.tg.push({
        message: {
          message_id: 1,
          date: 0,
          chat: { id: groupId, type: "supergroup", title: "VP HĐND-UBND" },
          from: { ...from, is_bot: false },
          text,
          entities: [{ type: "bot_command", offset: 0, length: text.length }],
        },
      });
    const focal = await join(h, "focal-point", "NV", "Nội vụ");
    await push(focal.user, "/subscribe");
    expect((await h.tg.waitForMessage(groupId)).text).toBe(
      "Xin lỗi, anh/chị không có quyền dùng chức năng này.",
    );
    await push(h.admin, "/subscribe");
    expect((await h.tg.waitForMessage(groupId, (m) => m.text!.startsWith("Nhóm này sẽ"))).text).toBeTruthy();
    expect(await h.temp.db.chatSubscription.count()).toBe(1);
    // A private chat subscribes too (Zalo bots cannot join groups: digests go to people).
    expect(await h.chat(h.admin).ask("/subscribe")).toBe(
      "Anh/chị sẽ nhận bản tổng hợp định kỳ về tiến độ kế hoạch trong cuộc trò chuyện này.",
    );
    expect(await h.temp.db.chatSubscription.count()).toBe(2);
  });
});
