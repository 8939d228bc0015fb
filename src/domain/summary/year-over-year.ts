// This year's plan next to last year's plan of the same program, at the same point of the year.
import { DateTime } from "luxon";
import type { ItemRow, Money } from "./compute-summary.ts";

/** One plan at one date: what was allocated, disbursed (cumulative) and reported by then. */
export interface YearPoint {
  planCode: string;
  year: number;
  /** Local date the figures stand at. */
  asOf: string;
  allocated: Money;
  disbursed: bigint;
  disbursementRate: number | null;
  /** Reports due by the date (assignment × period), and those received by it. */
  expected: number;
  received: number;
  completeness: number | null;
}

export interface YearComparison {
  current: YearPoint;
  previous: YearPoint;
}

/** An item carried over from last year's plan (same code): its row there, final figures. */
export interface ItemPreviousYear {
  planCode: string;
  year: number;
  /** The figures stand as of this local date (the end of last year's last period). */
  asOf: string;
  row: ItemRow;
}

/** The same day and month a year earlier (29/02 becomes 28/02). */
export function sameDayLastYear(date: string): string {
  return DateTime.fromISO(date, { zone: "utc" }).minus({ years: 1 }).toISODate() ?? date;
}

export function yearPoint(o: Omit<YearPoint, "disbursementRate" | "completeness">): YearPoint {
  return {
    ...o,
    disbursementRate: o.allocated.total === 0n ? null : Number(o.disbursed) / Number(o.allocated.total),
    completeness: o.expected === 0 ? null : o.received / o.expected,
  };
}
