import { describe, expect, it } from "vitest";
import { periodInWords } from "../../../src/domain/calendar/period-in-words.ts";

describe("periodInWords", () => {
  it("writes periods as people write them", () => {
    expect(periodInWords("2023-Q2")).toBe("quý II năm 2023");
    expect(periodInWords("2023-Q4")).toBe("quý IV năm 2023");
    expect(periodInWords("2023-H1")).toBe("6 tháng đầu năm 2023");
    expect(periodInWords("2023-H2")).toBe("6 tháng cuối năm 2023");
    expect(periodInWords("2023")).toBe("năm 2023");
    expect(periodInWords("2023-Y")).toBe("năm 2023");
    expect(periodInWords("2023-07")).toBe("tháng 7 năm 2023");
  });
  it("in English too", () => {
    expect(periodInWords("2023-Q2", "en")).toBe("the second quarter of 2023");
    expect(periodInWords("2023-H1", "en")).toBe("the first half of 2023");
    expect(periodInWords("2023-Y", "en")).toBe("the year 2023");
    expect(periodInWords("2023-07", "en")).toBe("July 2023");
  });
  it("leaves a key of another shape as it is", () => {
    expect(periodInWords("REVIEW-1")).toBe("REVIEW-1");
    expect(periodInWords("2023-13")).toBe("2023-13");
  });
});
