// The planner adds nothing outside working time, and absences hand reminders to colleagues.
import { describe, expect, it } from "vitest";
import type { WorkingCalendar } from "../../../src/domain/calendar/working-calendar.ts";
import { parseAbsenceRange } from "../../../src/domain/reminders/absences.ts";
import { planReminders, type PlannerInput } from "../../../src/domain/reminders/plan-reminders.ts";
import { ZReminderPolicy } from "../../../src/domain/reminders/reminder-policy.ts";
import { isWorkingTime } from "../../../src/domain/reminders/working-time.ts";

const cal: WorkingCalendar = {
  timezone: "Asia/Ho_Chi_Minh",
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set(["2023-09-01", "2023-09-02", "2023-09-04"]),
};
const policy = ZReminderPolicy.parse({});
const local = (iso: string) => new Date(`${iso}+07:00`);

function input(now: string, extra: Partial<PlannerInput> = {}): PlannerInput {
  return {
    now: local(now),
    policy,
    calendar: cal,
    obligations: [{ assignmentId: "A", agencyId: "LD", periodId: "Q2", dueDate: "2023-06-15" }],
    recipients: {
      focalPoints: new Map([["LD", ["hoa", "lan"]]]),
      leaders: new Map([["LD", ["boss"]]]),
      office: ["office"],
    },
    existing: [],
    ...extra,
  };
}
const who = (now: string, extra: Partial<PlannerInput> = {}) =>
  planReminders(input(now, extra)).add.map((r) => [r.step, r.recipientMemberId, r.insteadOf?.memberId]);

describe("working time", () => {
  it("is 08:00–17:00 on working days that are not holidays", () => {
    expect(isWorkingTime(local("2023-06-19T08:00:00"), cal, policy.workingHours)).toBe(true);
    expect(isWorkingTime(local("2023-06-19T16:59:00"), cal, policy.workingHours)).toBe(true);
    expect(isWorkingTime(local("2023-06-19T17:00:00"), cal, policy.workingHours)).toBe(false);
    expect(isWorkingTime(local("2023-06-19T02:00:00"), cal, policy.workingHours)).toBe(false);
    expect(isWorkingTime(local("2023-06-25T10:00:00"), cal, policy.workingHours)).toBe(false);
    expect(isWorkingTime(local("2023-09-04T10:00:00"), cal, policy.workingHours)).toBe(false);
  });

  it("a catch-up due on a Sunday waits for Monday 08:00, then only the latest step", () => {
    expect(who("2023-06-25T10:00:00")).toEqual([]);
    expect(who("2023-06-26T02:00:00")).toEqual([]);
    expect(who("2023-06-26T08:00:00")).toEqual([
      ["after-3d", "hoa", undefined],
      ["after-3d", "lan", undefined],
      ["after-3d", "boss", undefined],
      ["after-3d", "office", undefined],
    ]);
  });
});

describe("absences", () => {
  const away = [{ memberId: "hoa", fromDate: "2023-06-10", toDate: "2023-06-21" }];

  it("a focal point away gets nothing; the other focal point is told whom they stand in for", () => {
    expect(who("2023-06-15T08:00:00", { absences: away })).toEqual([["due", "lan", "hoa"]]);
  });

  it("with no other focal point present, the leader gets it instead", () => {
    const both = [...away, { memberId: "lan", fromDate: "2023-06-01", toDate: "2023-06-30" }];
    expect(who("2023-06-15T08:00:00", { absences: both })).toEqual([
      ["due", "boss", "hoa"],
      // one message per person: the leader stands in for both (the first one named)
    ]);
  });

  it("back at work: no catch-up of a step that fell while away (the return summary covers it)", () => {
    // after-3d fell on 19/06 while Hoa was away; on 22/06 only Lan and the others get it.
    expect(who("2023-06-22T08:00:00", { absences: away }).map((r) => r[1])).toEqual([
      "lan",
      "boss",
      "office",
    ]);
  });

  it("parses ranges typed in chat", () => {
    expect(parseAbsenceRange("10/07 - 21/07", "2023-06-20")).toEqual({
      kind: "ok",
      fromDate: "2023-07-10",
      toDate: "2023-07-21",
    });
    expect(parseAbsenceRange("28/12 - 05/01", "2023-12-01")).toEqual({
      kind: "ok",
      fromDate: "2023-12-28",
      toDate: "2024-01-05",
    });
    expect(parseAbsenceRange("10/07/2023 đến 12/07/2023", "2023-06-20")).toMatchObject({ kind: "ok" });
    expect(parseAbsenceRange("21/07 - 10/07", "2023-06-20")).toEqual({ kind: "bad" });
    expect(parseAbsenceRange("31/02", "2023-06-20")).toEqual({ kind: "bad" });
    expect(parseAbsenceRange("hello", "2023-06-20")).toEqual({ kind: "bad" });
  });
});

describe("what comes next (/schedule)", () => {
  it("names the colleague who stands in for a member away on the step's day", async () => {
    const { upcomingReminders } = await import("../../../src/domain/reminders/plan-reminders.ts");
    const away = [{ memberId: "hoa", fromDate: "2023-06-14", toDate: "2023-06-21" }];
    const next = upcomingReminders(
      input("2023-06-12T09:00:00", { absences: away }),
      local("2023-06-16T00:00:00"),
    );
    expect(next.map((r) => [r.step, r.recipientMemberId, r.insteadOf?.memberId])).toEqual([
      ["before-1d", "lan", "hoa"],
    ]);
  });
});
