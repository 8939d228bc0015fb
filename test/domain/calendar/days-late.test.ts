import { describe, expect, it } from "vitest";
import { daysLate, daysLateCounter } from "../../../src/domain/calendar/days-late.ts";

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

describe("daysLateCounter", () => {
  it("agrees with daysLate at every quarter hour across a week and a DST change", () => {
    for (const [zone, due] of [
      ["Asia/Ho_Chi_Minh", "2023-06-15"],
      ["Europe/Paris", "2023-03-25"],
      ["Asia/Kolkata", "2023-06-15"],
    ] as const) {
      const count = daysLateCounter(due, zone);
      const start = new Date(`${due}T00:00:00Z`).getTime() - 3 * 86_400_000;
      for (let t = start; t < start + 7 * 86_400_000; t += 7 * 60_000) {
        const at = new Date(t);
        expect(count(at)).toBe(daysLate(due, at, zone));
      }
    }
  });
});
