import { describe, expect, it } from "vitest";
import { daysLate } from "../../../src/domain/calendar/days-late.ts";

const TZ = "Asia/Ho_Chi_Minh";

describe("daysLate", () => {
  it("counts calendar days of the plan's zone, whatever the hour", () => {
    expect(daysLate("2023-06-15", new Date("2023-06-15T00:30:00+07:00"), TZ)).toBe(0);
    expect(daysLate("2023-06-15", new Date("2023-06-15T23:59:59+07:00"), TZ)).toBe(0);
    expect(daysLate("2023-06-15", new Date("2023-06-16T00:00:01+07:00"), TZ)).toBe(1);
    expect(daysLate("2023-06-15", new Date("2023-06-16T16:59:00+07:00"), TZ)).toBe(1);
    expect(daysLate("2023-06-15", new Date("2023-06-12T08:00:00+07:00"), TZ)).toBe(-3);
  });

  it("uses the plan's day, not UTC's: 06:00 on the 16th in Hà Nội is still the 15th in UTC", () => {
    expect(daysLate("2023-06-15", new Date("2023-06-15T23:00:00Z"), TZ)).toBe(1);
  });
});
