// /away (/vang): mark oneself away, see and cancel; the standing office marks a member.
import { afterEach, describe, expect, it } from "vitest";
import { conversationWorld, joined, text, type ConversationWorld } from "./conversation-world.ts";

const JULY_1 = "2023-07-01T03:00:00Z";

describe("/away", () => {
  let w: ConversationWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("a focal point marks themselves away, sees it, cancels it; refusals are explained", async () => {
    w = await conversationWorld(JULY_1);
    const hoa = await joined(w, "11", "focal-point", "LDTBXH");
    expect(text(await hoa.send("/away"))).toMatch(/^Anh\/chị không có lịch vắng nào\.\n\nCách dùng: \/away/);
    expect(text(await hoa.send("/away 10/07 - 21/07"))).toMatch(
      /^Đã ghi nhận: Người 11 vắng từ 10\/07\/2023 đến 21\/07\/2023\./,
    );
    const list = await hoa.send("/vang");
    expect(text(list)).toContain("• Người 11: từ 10/07/2023 đến 21/07/2023");
    expect(text(await hoa.pick(list, /^❌ Hủy vắng/))).toBe("Đã hủy lịch vắng từ 10/07/2023 đến 21/07/2023.");
    expect(text(await hoa.send("/away"))).toMatch(/^Anh\/chị không có lịch vắng nào/);
    expect(text(await hoa.send("/away 21/07 - 10/07"))).toBe(
      "Khoảng ngày không hợp lệ: “21/07 - 10/07”. Ví dụ: 10/07 - 21/07.",
    );
    // A focal point cannot mark someone else.
    expect(text(await hoa.send("/away Người 12 10/07 - 21/07"))).toMatch(/không có quyền/);
  });

  it("the standing office marks a member by name and sees everyone's absences", async () => {
    w = await conversationWorld(JULY_1);
    await joined(w, "21", "focal-point", "TP");
    const office = await joined(w, "22", "standing-office");
    expect(text(await office.send("/away Người 21 10/07 - 21/07"))).toMatch(/^Đã ghi nhận: Người 21 vắng/);
    expect(text(await office.send("/away Không Ai 10/07"))).toBe("Không tìm thấy thành viên “Không Ai”.");
    expect(text(await office.send("/away Người 2 10/07"))).toMatch(/^Có nhiều thành viên khớp “Người 2”/);
    expect(text(await office.send("/away"))).toContain("• Người 21: từ 10/07/2023 đến 21/07/2023");
  });
});
