// What each command does in a group chat: personal things move to the private chat; the plan-wide
// views work for the standing office's group; a guided report belongs to one person.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GroupChat, aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";

async function join(h: Harness, role: string, agency: string, name: string): Promise<PrivateChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite ${role} ${agency}`.trim()));
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

const USE_PRIVATE =
  "Lệnh này chỉ dùng trong cuộc trò chuyện riêng với tôi, để thông tin của anh/chị không hiện cho cả nhóm: https://t.me/tiendo_test_bot";

describe("group chats", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ at: "2023-03-10T03:00:00Z" });
  });
  afterEach(() => h.stop());

  it("personal commands answer with a link to the private chat; nothing personal is posted", async () => {
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    const group = new GroupChat(h.tg, -100500);
    for (const command of [
      "/tasks",
      "/report",
      "/report Tiến độ: 50%",
      "/me",
      "/history DA5.TDA3",
      "/start ABCDEFGH",
    ]) {
      const seen = group.messages().length;
      await group.send(focal.user, command);
      expect((await group.next(undefined, seen)).text).toBe(USE_PRIVATE);
    }
    const seen = group.messages().length;
    await group.send(h.admin, "/invite focal-point TP");
    expect((await group.next(undefined, seen)).text).toBe(USE_PRIVATE);
    expect(group.messages().some((m) => m.text?.includes("DA5.TDA3") || m.text?.includes("start="))).toBe(
      false,
    );
    expect(await h.temp.db.invite.count()).toBe(1); // only the one made in the private chat
    expect(await h.temp.db.progressReport.count()).toBe(0);
  });

  it("typed text in a group is left alone; the plan-wide views work there", async () => {
    const focal = await join(h, "focal-point", "LDTBXH", "Hoa");
    const group = new GroupChat(h.tg, -100501);
    await group.send(focal.user, "Tiến độ: 50%");
    await group.send(focal.user, "xin chào cả nhóm");
    let seen = group.messages().length;
    await group.send(h.admin, "/summary");
    const summary = await group.next(undefined, seen);
    expect(summary.text).toMatch(/^📊 Tổng hợp Báo cáo tiến độ hằng quý \(2023-Q1\)/);
    expect(group.messages().slice(0, seen)).toEqual([]); // nothing answered the typed text
    seen = group.messages().length;
    await group.send(h.admin, "/help@tiendo_test_bot");
    expect((await group.next(undefined, seen)).text).toMatch(/^Các lệnh/);
    seen = group.messages().length;
    await group.send(h.admin, "/help@some_other_bot"); // another bot's command: not ours
    await group.send(h.admin, "/overdue");
    expect((await group.next(undefined, seen)).text).toBe(
      "Không có báo cáo nào chậm hoặc thiếu trong kỳ 2023-Q1.",
    );
    expect(await h.temp.db.progressReport.count()).toBe(0);
  });

  it("a guided report is one person's: another cannot advance or cancel it", async () => {
    const hoa = await join(h, "focal-point", "LDTBXH", "Hoa");
    const lan = await join(h, "focal-point", "LDTBXH", "Lan"); // same agency
    await hoa.send("/report");
    const periods = await hoa.next();
    // Lan presses Hoa's buttons (a forwarded message, a shared screen): her own dialogue is empty.
    const cancel = periods
      .reply_markup!.inline_keyboard!.flat()
      .find((b) => b.text === "Hủy")!.callback_data!;
    const period = periods.reply_markup!.inline_keyboard![0]![0]!.callback_data!;
    await lan.press(periods, cancel);
    expect((await lan.next()).text).toBe("Anh/chị không có báo cáo nào đang làm dở. Gõ /report để bắt đầu.");
    await lan.press(periods, period);
    expect((await lan.next()).text).toBe("Anh/chị không có báo cáo nào đang làm dở. Gõ /report để bắt đầu.");
    // Lan's typed text is her own one-message report, not an answer to Hoa's questions.
    expect(await lan.ask("70")).toMatch(/^Tôi chưa hiểu tin nhắn này/);
    // Hoa's dialogue is where she left it.
    await hoa.press(periods, period);
    expect((await hoa.next()).text).toBe("Trạng thái thực hiện DA5.TDA3?");
    expect(await h.temp.db.session.count({ where: { key: { startsWith: "wizard:" } } })).toBe(1);
  });
});
