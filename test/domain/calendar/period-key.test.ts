import { describe, expect, it } from "vitest";
import { findPeriod, isPeriodKey, readPeriodKey } from "../../../src/domain/calendar/period-key.ts";

const periods = ["2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-Q4", "2023-Y"].map((key) => ({ key }));

describe("period keys: one definition", () => {
  it.each([
    ["2023-Q2", "2023-Q2"],
    ["2023-q2", "2023-Q2"],
    ["Q2", "Q2"],
    ["q2", "Q2"],
    ["quý 2", "Q2"],
    ["Quý 2/2023", "2023-Q2"],
    ["quý 2 năm 2023", "2023-Q2"],
    ["2023 Q2", "2023-Q2"],
    ["6 tháng", "H1"],
    ["6 tháng đầu năm", "H1"],
    ["2023-H1", "2023-H1"],
    ["cả năm", "Y"],
    ["2023-Y", "2023-Y"],
    ["2023-03", "2023-03"],
  ])("%j reads as %s", (text, key) => {
    expect(readPeriodKey(text)).toBe(key);
  });

  it.each(["Q5", "2023-Q5", "quý 7", "tháng tới", "", "2023-13"])("%j is no period", (text) => {
    expect(readPeriodKey(text)).toBeNull();
  });

  it("finds the plan's period for each form, or nothing", () => {
    expect(findPeriod(periods, "quý 2")?.key).toBe("2023-Q2");
    expect(findPeriod(periods, "6 tháng")?.key).toBe("2023-H1");
    expect(findPeriod(periods, "cả năm")?.key).toBe("2023-Y");
    expect(findPeriod(periods, "2024-Q2")).toBeNull();
    expect(isPeriodKey("2023-q4")).toBe(true);
    expect(isPeriodKey("Q4")).toBe(false);
  });
});
