import { describe, expect, it } from "vitest";
import type { WorkingCalendar } from "../../../src/domain/calendar/working-calendar.ts";
import { dueDigests } from "../../../src/domain/digests/due-digests.ts";

const cal: WorkingCalendar = {
  timezone: "Asia/Ho_Chi_Minh",
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set(),
};
const settings = { weekday: 1, time: "08:00", afterDeadline: true };
const periods = [
  { key: "2023-Q1", dueDate: "2023-03-15" },
  { key: "2023-H1", dueDate: "2023-09-08" }, // a Friday: the morning after is Monday
];
const at = (iso: string) => new Date(`${iso}+07:00`);
const keys = (now: string) =>
  dueDigests({ now: at(now), settings, calendar: cal, periods }).map((d) => d.key);

describe("dueDigests", () => {
  it("the weekly digest from Monday 08:00, for a day", () => {
    expect(keys("2023-03-20T07:59:00")).toEqual([]);
    expect(keys("2023-03-20T08:00:00")).toEqual(["weekly:2023-W12"]);
    expect(keys("2023-03-21T07:59:00")).toEqual(["weekly:2023-W12"]);
    expect(keys("2023-03-21T08:00:00")).toEqual([]);
  });

  it("the morning after each deadline (the next working morning)", () => {
    expect(keys("2023-03-16T08:30:00")).toEqual(["after-deadline:2023-Q1"]);
    expect(keys("2023-09-09T08:30:00")).toEqual([]);
    expect(keys("2023-09-11T08:30:00")).toEqual(["weekly:2023-W37", "after-deadline:2023-H1"]);
  });

  it("can be turned off", () => {
    expect(
      dueDigests({
        now: at("2023-03-20T09:00:00"),
        settings: { weekday: 0, time: "08:00", afterDeadline: false },
        calendar: cal,
        periods,
      }),
    ).toEqual([]);
  });
});
