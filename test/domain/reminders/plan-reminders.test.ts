import { describe, expect, it } from "vitest";
import type { WorkingCalendar } from "../../../src/domain/calendar/working-calendar.ts";
import {
  planReminders,
  upcomingReminders,
  type PlannerInput,
} from "../../../src/domain/reminders/plan-reminders.ts";
import { ZReminderPolicy, stepsOf } from "../../../src/domain/reminders/reminder-policy.ts";
import { nextOpening } from "../../../src/domain/reminders/working-time.ts";

const cal: WorkingCalendar = {
  timezone: "Asia/Ho_Chi_Minh",
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set(["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"]),
};
const policy = ZReminderPolicy.parse({});
const hours = policy.workingHours;
const local = (iso: string) => new Date(`${iso}+07:00`);

function input(now: string, extra: Partial<PlannerInput> = {}): PlannerInput {
  return {
    now: local(now),
    policy,
    calendar: cal,
    obligations: [{ assignmentId: "A", agencyId: "LD", periodId: "Q1", dueDate: "2023-03-15" }],
    recipients: {
      focalPoints: new Map([["LD", ["focal"]]]),
      leaders: new Map([["LD", ["boss"]]]),
      office: ["office"],
    },
    existing: [],
    ...extra,
  };
}

describe("reminder policy", () => {
  it("defaults: 7, 3, 1 days before, on the day, 1 and 3 days late", () => {
    expect(stepsOf(policy).map((s) => s.name)).toEqual([
      "before-7d",
      "before-3d",
      "before-1d",
      "due",
      "after-1d",
      "after-3d",
    ]);
  });
});

describe("nextOpening", () => {
  it("keeps a time inside working hours", () => {
    expect(nextOpening(local("2023-03-08T10:30:00"), cal, hours)).toEqual(local("2023-03-08T10:30:00"));
  });
  it("moves early morning to 08:00, evening and weekends to the next working morning", () => {
    expect(nextOpening(local("2023-03-08T06:00:00"), cal, hours)).toEqual(local("2023-03-08T08:00:00"));
    expect(nextOpening(local("2023-03-10T17:00:00"), cal, hours)).toEqual(local("2023-03-13T08:00:00"));
    expect(nextOpening(local("2023-03-12T09:00:00"), cal, hours)).toEqual(local("2023-03-13T08:00:00"));
  });
  it("skips holidays", () => {
    expect(nextOpening(local("2023-04-28T18:00:00"), cal, hours)).toEqual(local("2023-05-04T08:00:00"));
  });
});

describe("planReminders", () => {
  it("nothing before the first step", () => {
    expect(planReminders(input("2023-03-08T07:59:00")).add).toEqual([]);
  });

  it("the first step at 08:00 seven days before, to the focal point only", () => {
    expect(planReminders(input("2023-03-08T08:00:00")).add).toEqual([
      {
        assignmentId: "A",
        periodId: "Q1",
        step: "before-7d",
        recipientMemberId: "focal",
        dueAt: local("2023-03-08T08:00:00"),
      },
    ]);
  });

  it("a step on a Sunday is sent at the next opening (before-3d of a Wednesday deadline → Monday)", () => {
    // A tick on the Sunday itself adds nothing (not working time), however late the catch-up.
    expect(planReminders(input("2023-03-12T10:00:00")).add).toEqual([]);
    expect(planReminders(input("2023-03-13T08:00:00")).add[0]).toMatchObject({
      step: "before-3d",
      dueAt: local("2023-03-13T08:00:00"),
    });
  });

  it("escalates: after-1d to the leader too, after-3d to the standing office too", () => {
    const after1 = planReminders(input("2023-03-16T08:00:00")).add;
    expect(after1.map((r) => [r.step, r.recipientMemberId])).toEqual([
      ["after-1d", "focal"],
      ["after-1d", "boss"],
    ]);
    const after3 = planReminders(input("2023-03-20T08:00:00")).add; // 18/03 is a Saturday
    expect(after3.map((r) => [r.step, r.recipientMemberId])).toEqual([
      ["after-3d", "focal"],
      ["after-3d", "boss"],
      ["after-3d", "office"],
    ]);
  });

  it("never writes what exists; after downtime only the latest due step (one catch-up)", () => {
    const existing = [
      {
        id: "x",
        assignmentId: "A",
        periodId: "Q1",
        step: "before-7d",
        recipientMemberId: "focal",
        status: "sent",
      },
    ];
    expect(planReminders(input("2023-03-08T09:00:00", { existing })).add).toEqual([]);
    const catchUp = planReminders(input("2023-03-16T09:00:00", { existing })).add;
    expect(catchUp.map((r) => r.step)).toEqual(["after-1d", "after-1d"]);
  });

  it("supersedes pending rows of earlier steps for the same person", () => {
    const existing = [
      {
        id: "old",
        assignmentId: "A",
        periodId: "Q1",
        step: "before-3d",
        recipientMemberId: "focal",
        status: "pending",
      },
    ];
    const plan = planReminders(input("2023-03-14T08:00:00", { existing }));
    expect(plan.add.map((r) => r.step)).toEqual(["before-1d"]);
    expect(plan.supersede).toEqual(["old"]);
  });

  it("stops at the catch-up horizon (14 days after the deadline by default)", () => {
    expect(planReminders(input("2023-03-29T09:00:00")).add.map((r) => r.step)).toEqual([
      "after-3d",
      "after-3d",
      "after-3d",
    ]);
    expect(planReminders(input("2023-03-30T09:00:00")).add).toEqual([]);
    expect(planReminders(input("2026-11-27T09:00:00")).add).toEqual([]);
  });

  it("upcoming: the next step per obligation and person", () => {
    const next = upcomingReminders(input("2023-03-08T09:00:00"), local("2023-03-20T00:00:00"));
    expect(next.map((r) => [r.step, r.dueAt.toISOString()])).toEqual([
      ["before-3d", local("2023-03-13T08:00:00").toISOString()],
    ]);
  });
});
