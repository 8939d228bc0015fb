// The one definition of a reporting period's key and of the ways people write one.
// Keys: "2023-Q1" (quarter), "2023-H1" (half year), "2023-Y" (year), "2023-03" (month), "2023".
import { fold } from "../replies/normalize.ts";

/** A stored period key, in any case. */
export const PERIOD_KEY = /^(\d{4})(?:-(Q[1-4]|H[12]|Y|0[1-9]|1[0-2]))?$/i;

export const isPeriodKey = (text: string): boolean => PERIOD_KEY.test(text.trim());

/**
 * A period as written — "2023-Q1", "2023-q1", "Q1/2023", "quý 1", "Q2", "6 tháng", "cả năm",
 * "2023-H1" — as a key ("2023-Q1") or, without a year, its tail ("Q1", "H1", "Y"). Null when
 * the text names no period.
 */
export function readPeriodKey(text: string): string | null {
  const f = fold(text).replace(/\s+/g, " ");
  const full = PERIOD_KEY.exec(f);
  if (full) return full[2] === undefined ? (full[1] ?? null) : `${full[1]}-${full[2].toUpperCase()}`;
  const quarter = /^(?:q|quy|quarter)\s*([1-4])(?:\s*(?:[/-]|nam)\s*(\d{4}))?$/.exec(f);
  if (quarter) return quarter[2] ? `${quarter[2]}-Q${quarter[1]}` : `Q${quarter[1]}`;
  const yearFirst = /^(\d{4})\s*[/-]?\s*(?:q|quy)\s*([1-4])$/.exec(f);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}`;
  if (/^(6 thang|sau thang|6 thang dau nam|h1|six months?|half[- ]year)$/.test(f)) return "H1";
  if (/^(ca nam|nam|year|annual|whole year|full year)$/.test(f)) return "Y";
  return null;
}

/** The period among `periods` that `text` names (a key, or a tail matching one key), or null. */
export function findPeriod<P extends { key: string }>(periods: readonly P[], text: string): P | null {
  const key = readPeriodKey(text);
  if (key === null) return null;
  const upper = key.toUpperCase();
  const exact = periods.find((p) => p.key.toUpperCase() === upper);
  if (exact) return exact;
  const tails = periods.filter((p) => p.key.toUpperCase().endsWith(`-${upper}`));
  return tails.length === 1 ? (tails[0] ?? null) : null;
}
