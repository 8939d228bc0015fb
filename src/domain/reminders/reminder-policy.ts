// When reminders go out, per plan. Defaults follow the issue: 7, 3 and 1 days before, on the day,
// 1 and 3 days late; escalate to the agency's leader, then to the standing office.
import { z } from "zod";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "time" });
const days = z.array(z.coerce.number().int().min(1).max(60));

export const ZReminderPolicy = z.strictObject({
  before: days.default([7, 3, 1]),
  onDay: z.union([z.boolean(), z.stringbool()]).default(true),
  after: days.default([1, 3]),
  /** From this step on, the agency's leader is reminded too; from `office` on, the standing office. */
  escalate: z
    .strictObject({ leader: z.string().default("after-1d"), office: z.string().default("after-3d") })
    .default({ leader: "after-1d", office: "after-3d" }),
  workingHours: z.strictObject({ start: hhmm, end: hhmm }).default({ start: "08:00", end: "17:00" }),
  /** Days after a deadline during which a missed step is still caught up; older ones never are. */
  catchUpDays: z.coerce.number().int().min(0).max(90).default(14),
});

export type TReminderPolicy = z.infer<typeof ZReminderPolicy>;

export interface ReminderStep {
  name: string;
  /** Calendar days relative to the deadline's date (negative: before). */
  offsetDays: number;
}

/** The plan's steps in time order: before-7d … due … after-3d. */
export function stepsOf(policy: TReminderPolicy): ReminderStep[] {
  const before = [...new Set(policy.before)]
    .sort((a, b) => b - a)
    .map((d) => ({ name: `before-${d}d`, offsetDays: -d }));
  const after = [...new Set(policy.after)]
    .sort((a, b) => a - b)
    .map((d) => ({ name: `after-${d}d`, offsetDays: d }));
  return [...before, ...(policy.onDay ? [{ name: "due", offsetDays: 0 }] : []), ...after];
}

/** Parses the stored policy ("{}" means all defaults). */
export function parseReminderPolicy(json: string): TReminderPolicy {
  return ZReminderPolicy.parse(JSON.parse(json || "{}"));
}
