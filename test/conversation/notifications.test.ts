import { describe, expect, it } from "vitest";
import { decodeChoice, encodeChoice } from "../../src/conversation/choice-payload.ts";
import { renderCorrectionNotice } from "../../src/conversation/notifications/render-correction-notice.ts";
import { renderReminder } from "../../src/conversation/notifications/render-reminder.ts";
import { cutGraphemes } from "../../src/domain/text/cut-graphemes.ts";
import type { ReminderMessage } from "../../src/services/reminders/reminder-channel.ts";

const ID = "0b4f5e0c-8a43-4f7e-9a55-2f0d2b0b1c11";
const reminder: ReminderMessage = {
  outboxId: ID,
  step: "before-7d",
  chatId: "1",
  locale: "vi",
  audience: "focal-point",
  agency: { code: "LDTBXH", name: "Phòng Lao động - Thương binh và Xã hội" },
  item: { code: "DA5.TDA3", title: "Tiểu dự án 3" },
  period: { key: "2023-Q1", label: "Báo cáo tiến độ hằng quý", dueDate: "2023-03-15" },
  daysLate: -7,
};

describe("notifications, rendered once for every channel", () => {
  it("a focal point's reminder carries 'report now' and 'snooze' choices", () => {
    const [out] = renderReminder(reminder).outputs;
    expect(out?.kind).toBe("message");
    if (out?.kind !== "message") return;
    expect(out.text).toMatch(
      /^⏰ Nhắc báo cáo: Báo cáo tiến độ hằng quý \(2023-Q1\)\n.*\nHạn: 15\/03\/2023 \(còn 7 ngày\)/,
    );
    expect(out.choices?.flat().map((c) => decodeChoice(c.payload))).toEqual([
      { kind: "rem-now", id: ID },
      { kind: "rem-snooze", id: ID },
    ]);
    expect(renderReminder(reminder, "en").outputs[0]).toMatchObject({
      text: expect.stringMatching(/^⏰ Report reminder/),
    });
  });

  it("an escalation has no choices", () => {
    const [out] = renderReminder({ ...reminder, audience: "escalation", daysLate: 2 }).outputs;
    expect(out).toEqual({ kind: "message", text: expect.stringContaining("quá hạn 2 ngày") });
  });

  it("a correction notice", () => {
    const reply = renderCorrectionNotice(
      {
        itemCode: "DA5.TDA3",
        period: { key: "2023-Q1", label: "Quý I" },
        reason: "số chưa khớp",
        requestedBy: "VP",
      },
      "vi",
    );
    expect(reply.outputs[0]).toMatchObject({
      kind: "message",
      text: expect.stringContaining("số chưa khớp"),
    });
  });
});

describe("choice payloads and quotes", () => {
  it("encodes within 64 bytes and refuses anything forged", () => {
    const p = encodeChoice({ kind: "od-resend", id: ID, period: "2023-Q1" });
    expect(Buffer.byteLength(p)).toBeLessThanOrEqual(64);
    expect(decodeChoice(p)).toEqual({ kind: "od-resend", id: ID, period: "2023-Q1" });
    for (const forged of [
      "",
      "rp-ok",
      "rp-ok|x",
      `rp-ok|${ID}|x`,
      "nope|1",
      `lang|${"v".repeat(70)}`,
      "lang|fr",
    ])
      expect(decodeChoice(forged)).toBeNull();
  });

  it("cuts quotes on grapheme boundaries", () => {
    expect(cutGraphemes(`x${"🎉".repeat(30)}`, 40)).toBe(`x${"🎉".repeat(19)}`);
    expect(cutGraphemes("Tiếng Việt", 40)).toBe("Tiếng Việt");
    expect(cutGraphemes("abcdef", 4, "…")).toBe("abc…");
  });
});
