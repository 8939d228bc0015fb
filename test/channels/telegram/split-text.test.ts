import { describe, expect, it } from "vitest";
import { splitText } from "../../../src/channels/telegram/render/split-text.ts";

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("the one splitter", () => {
  it("keeps a short text whole and drops nothing but the cut line breaks", () => {
    expect(splitText("a\nb")).toEqual(["a\nb"]);
    const lines = Array.from({ length: 300 }, (_, i) => `dòng ${i}: ${"chữ ".repeat(10)}`);
    const parts = splitText(lines.join("\n"));
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("splits a line longer than the limit at a space, else between graphemes, never inside one", () => {
    const words = "từ ".repeat(3000).trim();
    const parts = splitText(words);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join(" ")).toBe(words);
    const emoji = `x${"👩‍👩‍👧".repeat(1000)}`; // family emoji: 8 UTF-16 units each, no spaces
    const cut = splitText(emoji);
    for (const p of cut) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(LONE.test(p)).toBe(false);
    }
    expect(cut.join("")).toBe(emoji);
    expect(cut[1]!.startsWith("👩‍👩‍👧")).toBe(true);
  });

  it("honours a smaller limit (captions)", () => {
    const parts = splitText("chú thích ".repeat(300), 1024);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(1024);
  });
});
