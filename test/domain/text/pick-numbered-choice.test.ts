import { describe, expect, it } from "vitest";
import {
  answerNumber,
  foldForMatch,
  pickNumberedChoice,
} from "../../../src/domain/text/pick-numbered-choice.ts";
import { splitText } from "../../../src/domain/text/split-text.ts";

const DRAFT = ["✅ Xác nhận", "✏️ Sửa", "✖️ Hủy"];

describe("picking a numbered choice", () => {
  it("reads 1, 01, một / mot, 'số 2' and the label with or without diacritics", () => {
    expect(pickNumberedChoice("1", DRAFT)).toEqual({ kind: "picked", index: 0 });
    expect(pickNumberedChoice(" 01 ", DRAFT)).toEqual({ kind: "picked", index: 0 });
    expect(pickNumberedChoice("một", DRAFT)).toEqual({ kind: "picked", index: 0 });
    expect(pickNumberedChoice("Mot", DRAFT)).toEqual({ kind: "picked", index: 0 });
    expect(pickNumberedChoice("số 2", DRAFT)).toEqual({ kind: "picked", index: 1 });
    expect(pickNumberedChoice("ba", DRAFT)).toEqual({ kind: "picked", index: 2 });
    expect(pickNumberedChoice("xác nhận", DRAFT)).toEqual({ kind: "picked", index: 0 });
    expect(pickNumberedChoice("XAC NHAN", DRAFT)).toEqual({ kind: "picked", index: 0 });
    expect(pickNumberedChoice("huy", DRAFT)).toEqual({ kind: "picked", index: 2 });
    expect(pickNumberedChoice("« quay lai", ["Bỏ qua", "« Quay lại"])).toEqual({ kind: "picked", index: 1 });
  });

  it("a number off the list is out of range; other text is not an answer", () => {
    expect(pickNumberedChoice("4", DRAFT)).toEqual({ kind: "out-of-range", count: 3 });
    expect(pickNumberedChoice("0", DRAFT)).toEqual({ kind: "out-of-range", count: 3 });
    expect(pickNumberedChoice("DA5.TDA3\nTiến độ: 60%", DRAFT)).toEqual({ kind: "none" });
    expect(pickNumberedChoice("xác nhận giúp tôi", DRAFT)).toEqual({ kind: "none" });
    expect(pickNumberedChoice("", DRAFT)).toEqual({ kind: "none" });
  });

  it("a typed question takes labels only: a number is the answer itself", () => {
    expect(pickNumberedChoice("2", ["Bỏ qua", "« Quay lại", "Hủy"], false)).toEqual({ kind: "none" });
    expect(pickNumberedChoice("bỏ qua", ["Bỏ qua", "« Quay lại", "Hủy"], false)).toEqual({
      kind: "picked",
      index: 0,
    });
  });

  it("folds đ, marks and emoji", () => {
    expect(foldForMatch("📝 Báo cáo ngay")).toBe("bao cao ngay");
    expect(foldForMatch("Đồng ý!")).toBe("dong y");
    expect(answerNumber("mười")).toBe(10);
    expect(answerNumber("60%")).toBeNull();
  });
});

describe("splitting under Zalo's 2,000 characters", () => {
  it("cuts at line boundaries, never inside a word or an emoji", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${i}. 👨‍👩‍👧 Nội dung báo cáo số ${i} đã nhận`);
    const text = lines.join("\n");
    const parts = splitText(text, 2000);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000);
    expect(parts.join("\n")).toBe(text);
    const long = "👍🏽".repeat(1500);
    const pieces = splitText(long, 2000);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p.length % 4).toBe(0); // whole emoji with their skin tone
    }
    expect(pieces.join("")).toBe(long);
  });
});
