// The plan file a standing office writes by hand (YAML). Every scalar arrives as text
// (the YAML is read with the failsafe schema), so "5.893" never silently becomes 5.893.
import { z } from "zod";
import { millionToVnd } from "../money.ts";
import { ZReminderPolicy } from "../reminders/reminder-policy.ts";
import { ZReportSettings } from "./report-settings.ts";

const text = z.string().trim().min(1);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, { message: "code" });
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" });
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.stringbool({ truthy: ["true", "yes", "có"], falsy: ["false", "no", "không"] });

/** An amount in million VND, read exactly into VND. */
export const ZMillion = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const vnd = millionToVnd(value);
    if (vnd === null) {
      ctx.addIssue({ code: "custom", message: "money", params: { value } });
      return z.NEVER;
    }
    return vnd;
  });

export const AGENCY_KINDS = [
  "office",
  "department",
  "centre",
  "mass-organisation",
  "commune",
  "group",
] as const;
export const ROLES = ["lead", "coordinate", "guide", "implement", "supervise"] as const;
export const CADENCES = ["monthly", "quarterly", "semiannual", "annual", "once"] as const;
export const DEADLINE_SHIFTS = ["previous-working-day", "next-working-day", "none"] as const;

export type TRole = (typeof ROLES)[number];
export type TCadence = (typeof CADENCES)[number];
export type TDeadlineShift = (typeof DEADLINE_SHIFTS)[number];

const ZActivity = z.union([text, z.strictObject({ group: text, items: z.array(text).min(1) })]);

export interface TItemInput {
  code: string;
  number?: string | undefined;
  title: string;
  activities?: z.infer<typeof ZActivity>[] | undefined;
  children?: TItemInput[] | undefined;
}

const ZItem: z.ZodType<TItemInput> = z.lazy(() =>
  z.strictObject({
    code,
    number: text.optional(),
    title: text,
    activities: z.array(ZActivity).optional(),
    children: z.array(ZItem).optional(),
  }),
);

const ZDue = z.union([isoDate, z.strictObject({ monthOffset: int(0, 12), day: int(1, 31) })]);

export const ZSchedule = z.strictObject({
  code,
  name: text,
  cadence: z.enum(CADENCES),
  due: ZDue,
  period: z.strictObject({ key: code, from: isoDate, to: isoDate }).optional(),
  default: bool.optional(),
});

const ZHoliday = z.union([
  z.strictObject({ date: isoDate, name: text }),
  z.strictObject({ from: isoDate, to: isoDate, name: text }),
]);

export const ZPlanFile = z.strictObject({
  plan: z.strictObject({
    code,
    title: text,
    year: int(2000, 2100),
    timezone: text.default("Asia/Ho_Chi_Minh"), // or TZ_PLAN when the file states none
    document: z.strictObject({
      number: text.optional(),
      date: z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: "date" })
        .optional(),
      issuer: text,
      signer: text.optional(),
    }),
  }),
  program: z.strictObject({ code, title: text }),
  totals: z.strictObject({
    total: ZMillion,
    investment: ZMillion,
    recurrent: ZMillion,
    central: ZMillion,
    local: ZMillion,
    otherSources: z.array(text).optional(),
  }),
  agencies: z
    .array(
      z.strictObject({
        code,
        name: text,
        shortName: text.optional(),
        kind: z.enum(AGENCY_KINDS),
        standingOffice: bool.optional(),
      }),
    )
    .min(1),
  items: z.array(ZItem).min(1),
  budget: z.array(
    z.strictObject({
      code: code.optional(),
      items: z.array(code).min(1),
      investment: ZMillion.optional(),
      recurrent: ZMillion.optional(),
      source: z.enum(["central", "local"]).optional(),
      note: text.optional(),
    }),
  ),
  assignments: z.array(
    z.strictObject({
      agency: code,
      role: z.enum(ROLES),
      items: z.array(code).min(1),
      report: bool.optional(),
      calendars: z.array(code).optional(),
      note: text.optional(),
    }),
  ),
  calendar: z.strictObject({
    workingDays: z.array(int(1, 7)).min(1).default(["1", "2", "3", "4", "5"].map(Number)),
    deadlineShift: z.enum(DEADLINE_SHIFTS).default("previous-working-day"),
    holidays: z.array(ZHoliday).default([]),
    schedules: z.array(ZSchedule).min(1),
  }),
  reminders: ZReminderPolicy.optional(),
  /** Who issues and signs the periodic report (default: the standing office, its head signs). */
  report: ZReportSettings.optional(),
});

export type TPlanFile = z.infer<typeof ZPlanFile>;
export type TSchedule = z.infer<typeof ZSchedule>;
