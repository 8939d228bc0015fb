import { describe, expect, it } from "vitest";
import { formatCode, normalizeCode, readCodeMessage } from "../../../src/domain/people/code-text.ts";

describe("typed codes", () => {
  it("normalizes case, spaces, dashes and look-alike letters", () => {
    expect(normalizeCode("7k2q-9xwd")).toBe("7K2Q9XWD");
    expect(normalizeCode(" 7K2Q 9XWD ")).toBe("7K2Q9XWD");
    expect(normalizeCode("7K2Q–9XWD")).toBe("7K2Q9XWD"); // an en dash from a phone keyboard
    expect(normalizeCode("O0I1L2AB")).toBe("001112AB");
    expect(normalizeCode("7K2Q9XW")).toBeNull();
    expect(normalizeCode("7K2Q9XWDX")).toBeNull();
    expect(normalizeCode("7K2Q9XWU")).toBeNull(); // U is not in the alphabet
    expect(formatCode("7K2Q9XWD")).toBe("7K2Q-9XWD");
  });

  it.each([
    ["THAMGIA 7K2Q-9XWD", "join"],
    ["tham gia 7k2q 9xwd", "join"],
    ["Tham gia: 7K2Q9XWD", "join"],
    ["/start 7K2Q-9XWD", "join"],
    ["LIENKET 7K2Q-9XWD", "link"],
    ["Liên kết 7K2Q-9XWD", "link"],
    ["7K2Q-9XWD", "bare"],
    ["7k2q9xwd", "bare"],
  ])("reads %s as a %s code", (message, intent) => {
    expect(readCodeMessage(message)).toEqual({ intent, code: "7K2Q9XWD" });
  });

  it("reads the older 22-character invite codes as sent, alone or after the joining keyword", () => {
    const old = "AbCdEfGhIj-KlMnOpQr_sTu";
    expect(readCodeMessage(` ${old.slice(1)} `)).toEqual({ intent: "bare", code: old.slice(1) });
    expect(readCodeMessage(`THAMGIA ${old.slice(1)}`)).toEqual({ intent: "join", code: old.slice(1) });
    expect(readCodeMessage(`/start ${old.slice(1)}`)).toEqual({ intent: "join", code: old.slice(1) });
    expect(readCodeMessage(old)).toBeNull(); // 23 characters
  });

  it.each([
    "xin chào",
    "tham gia",
    "cảm ơn nhé",
    "CAMONNHE",
    "7K 2Q9 XWD",
    "THAMGIA 7K2Q",
    "DA5.TDA3 60%",
    "hoàn thành",
    "1",
    "Tiến độ: 60%",
  ])("does not take %s for a code", (message) => {
    expect(readCodeMessage(message)).toBeNull();
  });
});
