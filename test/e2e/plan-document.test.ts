// The real app over the fake Telegram server: the standing office sends the plan document (a DOCX),
// gets the review and the draft file, imports it as a draft plan; the draft reminds nobody and the
// plan people report on stays the same. Files Telegram will not hand over are answered.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { SentMessage } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { inviteCodeIn, startHarness, type Harness } from "../support/bot-harness.ts";
import { planDocx } from "../support/plan-document-docx.ts";
import { fixture } from "../support/plan-draft.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function join(h: Harness, role: string, name: string): Promise<PrivateChat> {
  const code = inviteCodeIn(await h.chat(h.admin).ask(`/invite ${role}`));
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

const button = (m: SentMessage, label: string) => {
  const b = (m.reply_markup?.inline_keyboard ?? []).flat().find((x) => x.text === label);
  if (!b?.callback_data) throw new Error(`no button ${label} in ${JSON.stringify(m.reply_markup)}`);
  return b.callback_data;
};

describe("a plan document sent to the bot on Telegram", { timeout: 180_000 }, () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("review, YAML file, import as a draft plan once; reminders stay with the active plan", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const focal = await join(h, "focal-point LDTBXH", "Hoa");
    const office = await join(h, "standing-office", "Lan");
    const docx = await planDocx(readFileSync(fixture("bac-kan-2024.md"), "utf8"));
    await office.sendDocument(docx, "ke-hoach-2024.docx", { mimeType: DOCX });

    const review = await office.next((m) => m.text?.startsWith("Đã đọc") === true, 60_000);
    expect(review.text).toContain("Đã đọc ke-hoach-2024.docx:");
    expect(review.text).toContain("Các dòng vốn khớp với tổng văn bản nêu.");
    const file = await office.next((m) => m.document !== undefined, 30_000);
    expect(file.document?.file_name).toBe("ke-hoach-2024.yaml");
    expect(file.file?.toString("utf8")).toContain("code: bac-kan-2024");
    const ask = await office.next((m) => m.reply_markup !== undefined);
    expect(ask.text).toMatch(/^Nhập bản nháp này làm kế hoạch nháp\?/);
    expect(h.tg.files.downloads).toHaveLength(1);

    await h.restart(); // the draft waits in the database
    h.clock.set("2023-03-07T11:00:00"); // imported after the active plan
    const data = button(ask, "Nhập làm kế hoạch nháp");
    await office.press(ask, data);
    expect((await office.next((m) => m.text?.startsWith("Đã nhập") === true)).text).toMatch(
      /^Đã nhập kế hoạch nháp bac-kan-2024 \(\d+ mục, 8 đơn vị\)/,
    );
    await office.press(ask, data); // a second tap (the keyboard was still on screen)
    expect((await office.next((m) => m.text?.startsWith("Bản nháp này") === true)).text).toMatch(
      /^Bản nháp này không còn chờ nhập/,
    );
    const plans = await h.temp.db.plan.findMany({ select: { id: true, code: true, status: true } });
    expect(plans.map((p) => [p.code, p.status]).sort()).toEqual([
      ["bac-kan-2023", "active"],
      ["bac-kan-2024", "draft"],
    ]);

    // Reminders: the focal point of the active plan is still reminded; the draft queues nothing.
    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    expect((await focal.next((m) => m.text?.startsWith("⏰") === true)).text).toContain("(2023-Q1)");
    const draftId = plans.find((p) => p.status === "draft")!.id;
    expect(await h.temp.db.outbox.count({ where: { planId: draftId } })).toBe(0);
    expect(await h.temp.db.outbox.count({ where: { kind: "reminder" } })).toBeGreaterThan(0);
  });

  it("a file over 20 MB: answered from its stated size, or when getFile refuses it", async () => {
    h = await startHarness({ at: "2023-03-07T03:00:00Z" });
    const office = await join(h, "standing-office", "Lan");
    const big = new Uint8Array(21 * 1024 * 1024);
    await office.sendDocument(big, "ke-hoach.pdf");
    expect((await office.next()).text).toBe("Tệp quá lớn: chỉ nhận tệp đến 20 MB.");
    expect(h.tg.calls.filter((c) => c.method === "getFile")).toHaveLength(0);
    await office.sendDocument(big, "ke-hoach.pdf", { withoutSize: true });
    expect((await office.next()).text).toBe("Tệp quá lớn: chỉ nhận tệp đến 20 MB.");
    expect(h.tg.refusals).toContainEqual({ method: "getFile", description: "Bad Request: file is too big" });
    expect(h.tg.files.downloads).toHaveLength(0);
    expect(await h.temp.db.session.count({ where: { key: { startsWith: "plan-draft:" } } })).toBe(0);
  });
});
