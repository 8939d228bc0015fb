// The plan as the product stores it: flat, normalised, money in VND.
import type { TCadence, TDeadlineShift, TRole } from "./plan-file-schema.ts";

export type ItemLevel = "program" | "project" | "subproject" | "content";
export type CapitalType = "investment" | "recurrent";

export interface PlanMeta {
  code: string;
  title: string;
  programName: string;
  year: number;
  timezone: string;
  documentNumber: string | null;
  documentDate: string | null;
  issuer: string;
  signer: string | null;
}

export interface PlanTotals {
  total: bigint;
  investment: bigint;
  recurrent: bigint;
  central: bigint;
  local: bigint;
  otherSources: string[];
}

export interface AgencyModel {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  isStandingOffice: boolean;
  position: number;
}

export interface ActivityModel {
  position: number;
  groupLabel: string | null;
  text: string;
}

/** Chương trình → Dự án → Tiểu dự án → Nội dung, in file order (parents first). */
export interface WorkItemModel {
  code: string;
  level: ItemLevel;
  parentCode: string | null;
  number: string | null;
  title: string;
  position: number;
  activities: ActivityModel[];
}

export interface BudgetLineModel {
  code: string;
  capitalType: CapitalType;
  amountVnd: bigint;
  source: string | null;
  note: string | null;
  position: number;
  itemCodes: string[];
}

export interface AssignmentModel {
  agencyCode: string;
  itemCode: string;
  role: TRole;
  mustReport: boolean;
  note: string | null;
  calendarCodes: string[];
}

export interface CalendarModel {
  code: string;
  name: string;
  cadence: TCadence;
  dueRule: string;
  isDefault: boolean;
  position: number;
}

export interface PeriodModel {
  calendarCode: string;
  key: string;
  label: string;
  startDate: string;
  endDate: string;
  nominalDueDate: string;
  dueDate: string;
  dueAt: Date;
}

export interface PlanModel {
  meta: PlanMeta;
  totals: PlanTotals;
  agencies: AgencyModel[];
  items: WorkItemModel[];
  budgetLines: BudgetLineModel[];
  assignments: AssignmentModel[];
  calendars: CalendarModel[];
  periods: PeriodModel[];
  holidays: { date: string; name: string }[];
  workingDays: number[];
  deadlineShift: TDeadlineShift;
  reminderPolicy: string;
  /** The `report:` section as JSON (who issues and signs the periodic report). */
  reportSettings: string;
}

/** A finding about the plan file: `code` names the locale key, `path` the place in the file. */
export interface PlanIssue {
  code: string;
  path: (string | number)[];
  params: Record<string, string | number>;
  /** The item a warning is about. */
  item?: string;
}
