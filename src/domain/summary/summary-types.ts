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
}

export interface SummarySnapshot {
  now: Date;
  plan: {
    code: string;
    title: string;
    year: number;
    issuer: string;
    /** The plan's time zone: days late are counted in its calendar days. */
    timezone: string;
    declared: { total: bigint; investment: bigint; recurrent: bigint; central: bigint; local: bigint };
  };
  period: SnapshotPeriod;
  previous: SnapshotPeriod | null;
  items: { code: string; level: ItemLevel; parentCode: string | null; title: string }[];
  budgetLines: { code: string; capitalType: CapitalType; amountVnd: bigint; itemCodes: string[] }[];
  agencies: { code: string; name: string }[];
  /** Reporting assignments whose calendars include the period. */
  assignments: { id: string; agencyCode: string; itemCode: string; role: string }[];
  /** Reports of those assignments, for this period and the previous one, revisions oldest first. */
  reports: { assignmentId: string; periodKey: string; reference: string; revisions: SnapshotRevision[] }[];
  /** Every lead/implement assignment of the plan (for the plan's own gaps). */
  leads: { agencyCode: string; itemCode: string }[];
}
