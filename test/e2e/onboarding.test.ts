import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aUser } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

describe("onboarding by invite over the fake Telegram server", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("registers the command menus per language and per role", async () => {
    expect(h.tg.commands.get("default::")?.map((c) => c.command)).toEqual(["start", "help", "lang"]);
    expect(h.tg.commands.get("default::en")?.[1]?.description).toBe("List of commands");
    const adminMenu = h.tg.commands.get(`chat:${h.admin.id}:`)?.map((c) => c.command);
    expect(adminMenu).toContain("invite");
  });

  it("invite → join → /tasks shows the agency's items with budget and next deadline", async () => {
    const admin = h.chat(h.admin);
    const created = await admin.ask("/invite focal-point LDTBXH");
    expect(created).toContain("đầu mối báo cáo của Phòng Lao động - Thương binh và Xã hội");
    expect(created).toContain("https://t.me/tiendo_test_bot?start=");
    expect(created).toMatch(/Hết hạn: 08\/02\/2023 10:00/);

    const focal = h.chat(aUser({ first_name: "Lê", last_name: "Thị Hoa" }));
    const joined = await focal.ask(`/start ${inviteCodeIn(created)}`);
    expect(joined).toBe(
      "Chào mừng Lê Thị Hoa! Anh/chị đã tham gia với vai trò đầu mối báo cáo của Phòng Lao động - Thương binh và Xã hội. Gõ /tasks để xem các nội dung được giao, /help để xem các lệnh.",
    );
    const tasks = await focal.ask("/tasks");
    expect(tasks).toContain("Nội dung được giao cho Phòng Lao động - Thương binh và Xã hội (1):");
    expect(tasks).toContain("DA5.TDA3 (chủ trì): Tiểu dự án 3");
    expect(tasks).toContain("Vốn: 5.893 triệu đồng");
    expect(tasks).toContain("Hạn tới: Báo cáo tiến độ hằng quý (2023-Q1), 15/03/2023: chưa báo cáo");
    const menu = h.tg.commands.get(`chat:${focal.user.id}:`)?.map((c) => c.command);
    expect(menu).toEqual([
      "start",
      "help",
      "me",
      "tasks",
      "lang",
      "away",
      "report",
      "history",
      "link",
      "channel",
    ]);
  });

  it("guided /invite with buttons: role, then agency page", async () => {
    const admin = h.chat(h.admin);
    await admin.send("/invite");
    const roles = await admin.next();
    expect(roles.text).toBe("Chọn vai trò cho người được mời:");
    const agencies = await admin.tap(roles, "đầu mối báo cáo");
    expect(agencies.text).toBe("Chọn đơn vị cho đầu mối báo cáo (trang 1/2):");
    const page2 = await admin.tap(agencies, "Sau »");
    const done = await admin.tap(page2, /^UBND-HT/);
    expect(done.text).toContain("đầu mối báo cáo của UBND phường Huyền Tụng");
  });

  it("a used, revoked, expired or unknown code gets a clear answer and changes nothing", async () => {
    const admin = h.chat(h.admin);
    const code = inviteCodeIn(await admin.ask("/invite focal-point TP"));
    const first = h.chat(aUser());
    expect(await first.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
    const second = h.chat(aUser());
    expect(await second.ask(`/start ${code}`)).toBe(
      "Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; hãy xin cơ quan thường trực một mã mới.",
    );
    expect(await second.ask("/start AAAAAAAAAAAAAAAAAAAAAA")).toMatch(/^Mã mời không đúng/);
    expect(await second.ask("/tasks")).toMatch(/^Anh\/chị chưa được đăng ký/);

    // Revoked through /revoke.
    const code2 = inviteCodeIn(await admin.ask("/invite leader VHTT"));
    await admin.send("/revoke");
    const list = await admin.next();
    const revoked = await admin.tap(list, /^Thu hồi mã: lãnh đạo/);
    expect(revoked.text).toBe("Đã thu hồi mã mời.");
    expect(await second.ask(`/start ${code2}`)).toMatch(/^Mã mời này đã bị thu hồi/);

    const members = await h.temp.db.member.count();
    expect(members).toBe(2); // the admin and the first focal point
  });

  it("an expired code is refused", async () => {
    const admin = h.chat(h.admin);
    const code = inviteCodeIn(await admin.ask("/invite focal-point NV"));
    await h.temp.db.invite.updateMany({ data: { expiresAt: new Date("2023-01-01T00:00:00Z") } });
    expect(await h.chat(aUser()).ask(`/start ${code}`)).toMatch(/^Mã mời này đã hết hạn/);
  });
});
