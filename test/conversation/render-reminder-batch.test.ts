import { describe, expect, it } from "vitest";
import { decodeChoice } from "../../src/conversation/choice-payload.ts";
import { renderReminder } from "../../src/conversation/notifications/render-reminder.ts";
import { renderReminderBatch } from "../../src/conversation/notifications/render-reminder-batch.ts";
import { renderReturnSummary } from "../../src/conversation/notifications/render-return-summary.ts";
import type { ReminderMessage } from "../../src/services/reminders/reminder-channel.ts";

const id = (n: number) => `0b4f5e0c-8a43-4f7e-9a55-2f0d2b0b1c1${n}`;
const item = (n: number, code: string): ReminderMessage => ({
  outboxId: id(n),
  step: "after-3d",
  chatId: "1",
  locale: "vi",
  audience: "focal-point",
  agency: { code: "TP", name: "Phòng Tư pháp" },
  item: { code, title: `Nội dung ${code}` },
  period: { key: "2023-Q2", label: "Báo cáo tiến độ hằng quý", dueDate: "2023-06-15" },
  daysLate: 4,
});

describe("batched reminders and absences, as every channel shows them", () => {
  it("one message lists the items, a report choice per item and one snooze", () => {
    const [out] = renderReminderBatch({
      chatId: "1",
      items: [
        item(1, "DA10.TDA1.ND2"),
        { ...item(2, "DA10.TDA1.ND3"), insteadOf: { name: "Lan", until: "2023-07-21" } },
      ],
    }).outputs;
    if (out?.kind !== "message") throw new Error("no message");
    expect(out.text).toContain("anh/chị có 2 nội dung cần báo cáo");
    expect(out.text).toContain("• DA10.TDA1.ND2, Nội dung DA10.TDA1.ND2: Báo cáo tiến độ hằng quý (2023-Q2)");
    expect(out.text).toContain("Thay cho Lan đang vắng đến 21/07/2023.");
    expect(out.choices?.map((row) => row.map((c) => [c.label, decodeChoice(c.payload)]))).toEqual([
      [["📝 Báo cáo DA10.TDA1.ND2", { kind: "rem-now", id: id(1) }]],
      [["📝 Báo cáo DA10.TDA1.ND3", { kind: "rem-now", id: id(2) }]],
      [["⏰ Nhắc lại sáng mai", { kind: "rem-snooze", id: id(1) }]],
    ]);
  });

  it("a substitute's single reminder says whom it stands in for", () => {
    const [out] = renderReminder({
      ...item(1, "DA4"),
      insteadOf: { name: "Hoa", until: "2023-07-21" },
    }).outputs;
    expect(out).toMatchObject({
      text: expect.stringMatching(/^👤 Thay cho Hoa đang vắng đến 21\/07\/2023\./),
    });
  });

  it("back from an absence: one summary, or a word that nothing is missing", () => {
    const missing = [{ item: item(1, "DA4").item, period: item(1, "DA4").period, daysLate: 7 }];
    const [out] = renderReturnSummary({ chatId: "1", locale: "vi", until: "2023-06-21", missing }).outputs;
    expect(out).toMatchObject({ text: expect.stringContaining("còn thiếu 1 báo cáo") });
    expect(out).toMatchObject({ text: expect.stringContaining("đã quá hạn 7 ngày") });
    const [none] = renderReturnSummary({
      chatId: "1",
      locale: "en",
      until: "2023-06-21",
      missing: [],
    }).outputs;
    expect(none).toMatchObject({ text: expect.stringContaining("owes no reports") });
  });
});
