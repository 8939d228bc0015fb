import { describe, expect, it } from "vitest";
import { messageKeys, translator } from "../../src/i18n/translator.ts";

describe("locales", () => {
  it("Vietnamese and English have the same keys", () => {
    expect(messageKeys("en").sort()).toEqual(messageKeys("vi").sort());
  });
  it("Vietnamese is the fallback and placeholders are not wrapped in isolation marks", () => {
    const vi = translator("vi");
    expect(vi("plan-warning-no-budget", { item: "DA7" })).toBe("DA7 chưa có kế hoạch vốn.");
    expect(vi("plan-warning-no-budget", { item: "DA7" })).not.toMatch(/[\u2068\u2069]/);
  });
});
