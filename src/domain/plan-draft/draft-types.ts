// The plan as drafted from a document: the plan file's shape, every value with where it was read,
// and a reason wherever the reading is uncertain.
import type { TRole } from "../plan/plan-file-schema.ts";
import type { CapitalType } from "./find-amounts.ts";
import type { SourceRef } from "./document-line.ts";

/** Why a value is uncertain (a locale key suffix) and the sentence it was read from. */
export interface Doubt {
  reason: string;
  quote: string;
}

export interface Located {
  source: SourceRef | null;
  doubt: Doubt | null;
}

export interface DraftActivityText extends Located {
  text: string;
}

export type DraftActivity = DraftActivityText | (Located & { group: string; items: DraftActivityText[] });

export interface DraftItem extends Located {
  code: string;
  number: string | null;
  title: string;
  activities: DraftActivity[];
  children: DraftItem[];
  /** Named only in the organisation section: no title or activities of its own. */
  stub: boolean;
}

export interface DraftBudgetLine extends Located {
  items: string[];
  investment: bigint | null;
  recurrent: bigint | null;
  note: string | null;
  /** The sentence as written, for the review. */
  quote: string;
}

export interface DraftAgency extends Located {
  code: string;
  name: string;
  kind: "office" | "department" | "centre" | "mass-organisation" | "commune" | "group";
  standingOffice: boolean;
}

export interface DraftAssignment extends Located {
  agency: string;
  role: TRole;
  items: string[];
  /** false when the document gives the agency no reporting duty; null: the role's default. */
  report: boolean | null;
  note: string | null;
}

export interface DraftAmount extends Located {
  vnd: bigint;
  quote: string;
}

export interface DraftTotals {
  total: DraftAmount | null;
  investment: DraftAmount | null;
  recurrent: DraftAmount | null;
  central: DraftAmount | null;
  local: DraftAmount | null;
  otherSources: DraftActivityText[];
}

export interface DraftText extends Located {
  value: string;
}

export interface DraftMeta {
  code: string | null;
  title: DraftText | null;
  year: number | null;
  number: DraftText | null;
  date: DraftText | null;
  issuer: DraftText | null;
  signer: DraftText | null;
  program: DraftText | null;
}

/** Something the review tells the reader: a gap, an inconsistency, a doubt, a sentence not placed. */
export interface Finding {
  code: string;
  severity: "inconsistent" | "gap" | "uncertain" | "unplaced" | "info";
  source: SourceRef | null;
  params: Record<string, string | number>;
}

export interface PlanDraft {
  meta: DraftMeta;
  totals: DraftTotals;
  agencies: DraftAgency[];
  items: DraftItem[];
  budget: DraftBudgetLine[];
  assignments: DraftAssignment[];
  /** The calendar section as plan-file text values (taken from the bundled plan). */
  calendar: unknown;
}

export type { CapitalType };
