// /plans in the chat: every plan with its status; the standing office and admins close an active
// plan (or activate a draft) after a confirming choice; others only read, or are refused.
import { afterEach, describe, expect, it } from "vitest";
import { conversationWorld, joined, text, choiceIn, type ConversationWorld } from "./conversation-world.ts";

describe("/plans", () => {
  let w: ConversationWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("closing the active plan: asked first, No changes nothing, Yes closes it and cancels its waiting reminders", async () => {
    w = await conversationWorld("2023-03-10T03:00:00Z");
    const admin = w.admin();
    const list = await admin.send("/plans");
    expect(text(list)).toMatch(
      /^Các kế hoạch \(1\):\nbac-kan-2023 · đang thực hiện · năm 2023 · .+ · [\d.,]+ triệu đồng · \d+ nội dung, \d+ đơn vị, \d+ phân công, 0 báo cáo$/,
    );
    const ask = await admin.pick(list, "⏹ Đóng bac-kan-2023");
    expect(text(ask)).toMatch(/^Đóng kế hoạch bac-kan-2023\? tiendo thôi nhắc hạn/);
    expect(text(await admin.pick(ask, "Thôi"))).toBe("Không thay đổi gì.");
    const plan = () => w!.temp.db.plan.findFirstOrThrow({ select: { status: true } });
    expect((await plan()).status).toBe("active");

    const again = await admin.pick(await admin.send("/plans"), "⏹ Đóng bac-kan-2023");
    expect(text(await admin.pick(again, "Đồng ý"))).toMatch(
      /^Đã đóng kế hoạch bac-kan-2023: không nhắc hạn nữa \(0 lời nhắc đang chờ đã hủy\)/,
    );
    expect((await plan()).status).toBe("closed");
    // A closed plan offers nothing more; its row stays.
    const after = await admin.send("/plans");
    expect(text(after)).toContain("bac-kan-2023 · đã đóng");
    expect(() => choiceIn(after, /bac-kan-2023/)).toThrow();
  });

  it("a leader reads the list without buttons; a focal point is refused; a forged tap changes nothing", async () => {
    w = await conversationWorld("2023-03-10T03:00:00Z");
    const leader = await joined(w, "21", "leader");
    const list = await leader.send("/plans");
    expect(text(list)).toMatch(/^Các kế hoạch \(1\):/);
    expect(list.outputs.flatMap((o) => (o.kind === "message" ? (o.choices ?? []).flat() : []))).toEqual([]);
    const planId = (await w.temp.db.plan.findFirstOrThrow()).id;
    const forged = { kind: "choice" as const, payload: `pln-ok|closed|${planId}` };
    expect(text(await leader.handle(forged))).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
    const focal = await joined(w, "22", "focal-point", "LDTBXH");
    expect(text(await focal.send("/plans"))).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
    expect(text(await focal.handle(forged))).toBe("Xin lỗi, anh/chị không có quyền dùng chức năng này.");
    expect((await w.temp.db.plan.findFirstOrThrow()).status).toBe("active");
  });
});
