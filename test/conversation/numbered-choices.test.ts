import { describe, expect, it } from "vitest";
import type { Output } from "../../src/conversation/conversation-types.ts";
import { numberReply } from "../../src/conversation/numbered-choices.ts";
import { translator } from "../../src/i18n/translator.ts";

const t = translator("vi");
const c = (label: string) => ({ label, payload: `p-${label}` });

describe("a reply without buttons", () => {
  it("numbers the choices row by row in the text and keeps what was offered", () => {
    const outputs: Output[] = [
      { kind: "notice", text: "toast" },
      { kind: "message", text: "Chọn:", choices: [[c("A"), c("B")], [c("C")]] },
    ];
    const { outputs: shown, offer } = numberReply(outputs, t);
    expect(shown).toEqual([
      {
        kind: "message",
        text: "Chọn:\n\n1 — A   2 — B\n3 — C\nTrả lời bằng số (1–3) hoặc gõ đúng tên lựa chọn.",
      },
    ]);
    expect(offer).toEqual({ choices: [c("A"), c("B"), c("C")], typed: false });
  });

  it("a message without choices closes the offer; an edit becomes a message; no message leaves it", () => {
    expect(numberReply([{ kind: "message", text: "Xong." }], t).offer).toBeNull();
    expect(numberReply([{ kind: "edit-origin", choices: null }], t)).toEqual({ outputs: [], offer: null });
    expect(numberReply([{ kind: "edit-origin", text: "Mới", choices: [[c("X")]] }], t).outputs).toEqual([
      { kind: "message", text: "Mới\n\n1 — X\nTrả lời bằng số (1–1) hoặc gõ đúng tên lựa chọn." },
    ]);
    expect(numberReply([{ kind: "notice", text: "toast" }], t).offer).toBeUndefined();
  });

  it("a listed message adds no list; a typed one names its choices", () => {
    const listed = numberReply(
      [{ kind: "message", text: "Trả lời 1…", choices: [[c("A")]], listed: true }],
      t,
    );
    expect(listed.outputs).toEqual([{ kind: "message", text: "Trả lời 1…" }]);
    const typed = numberReply(
      [{ kind: "message", text: "Tiến độ?", choices: [[c("Bỏ qua"), c("Hủy")]], typed: true }],
      t,
    );
    expect(typed.outputs).toEqual([{ kind: "message", text: "Tiến độ?\n\nHoặc gõ: Bỏ qua · Hủy" }]);
    expect(typed.offer?.typed).toBe(true);
  });
});
