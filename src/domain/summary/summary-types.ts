// What the summary is computed from: a snapshot of one plan and one period. Money in VND.
import type { CapitalType, ItemLevel } from "../plan/plan-model.ts";
import type { ReportStatus } from "../replies/reply-fields.ts";

export interface SnapshotRevision {
  number: number;
  submittedAt: Date;
  late: boolean;
  status: ReportStatus;
  progressPermille: number | null;
  disbursedInvestmentVnd: bigint | null;
  disbursedRecurrentVnd: bigint | null;
  disbursedTotalVnd: bigint | null;
  results: string | null;
  obstacles: string | null;
  proposals: string | null;
}

export interface SnapshotPeriod {
  id: string;
  key: string;
  label: string;
  dueDate: string;
  dueAt: Date;
  /** The period's last day (local) and the end of that day. */
  endDate: string;
  endAt: Date;
}

export interface SummarySnapshot {
  now: Date;
  plan: {
    id: string;
    code: string;
    title: string;
    year: number;
    issuer: string;
    /** The plan's time zone: days late are counted in its calendar days. */
    timezone: string;
    declared: { total: bigint; investment: bigint; recurrent: bigint; central: bigint; local: bigint };
    /** Closed by the office: nothing more is expected, missing reports are "not reported". */
    closed: boolean;
  };
  period: SnapshotPeriod & {
    /** The end of the reminders' catch-up window: past it, a missing report is "not reported". */
    catchUpEndsAt: Date;
  };
  previous: SnapshotPeriod | null;
  /** Cumulative figures stand as of the end of this local day (the period's last day, or today before it). */
  asOf: { date: string; at: Date };
  /** Every period of the plan (the figures may come from any of them). */
  periods: SnapshotPeriod[];
  items: { code: string; level: ItemLevel; parentCode: string | null; title: string }[];
  budgetLines: { code: string; capitalType: CapitalType; amountVnd: bigint; itemCodes: string[] }[];
  agencies: { code: string; name: string }[];
  /** Reporting assignments whose calendars include the period. */
  assignments: { id: string; agencyCode: string; itemCode: string; role: string }[];
  /** Reporting assignments of the plan not on the period's calendar (their figures still count). */
  otherReporters: { id: string; agencyCode: string; itemCode: string; role: string }[];
  /**
   * Reports of those assignments, revisions oldest first: every report of this period and the
   * previous one, and of other periods the revisions that stand on or before the as-of date.
   */
  reports: { assignmentId: string; periodKey: string; reference: string; revisions: SnapshotRevision[] }[];
  /** Every lead/implement assignment of the plan (for the plan's own gaps). */
  leads: { agencyCode: string; itemCode: string }[];
}
