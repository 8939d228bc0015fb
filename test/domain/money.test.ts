import { describe, expect, it } from "vitest";
import { formatMillion, millionToVnd, vndToMillion } from "../../src/domain/money.ts";

describe("millionToVnd", () => {
  it.each([
    ["7011", 7_011_000_000n],
    ["5.893", 5_893_000_000n],
    ["1.234,5", 1_234_500_000n],
    ["1.200.000", 1_200_000_000_000n],
    ["0,000001", 1n],
    ["1200.5", 1_200_500_000n],
    ["17", 17_000_000n],
  ])("reads %s exactly", (text, vnd) => {
    expect(millionToVnd(text)).toBe(vnd);
  });

  it.each(["", "abc", "-5", "1,2,3", "1.2.3,4,5", "0,0000001", "12.34.5"])("refuses %j", (text) => {
    expect(millionToVnd(text)).toBeNull();
  });
});

describe("formatMillion", () => {
  it("writes Vietnamese and English forms", () => {
    expect(formatMillion(7_011_000_000n)).toBe("7.011");
    expect(formatMillion(1_234_500_000n)).toBe("1.234,5");
    expect(formatMillion(1_234_500_000n, "en")).toBe("1,234.5");
  });
  it("round-trips through million numbers", () => {
    expect(vndToMillion(6_646_000_000n)).toBe(6646);
  });
});
