// Money as officials type it, read exactly into VND: "1.200", "1.200,5" (million VND by default),
// "1,2 tỷ", "500 triệu", "1.200.000.000 đồng". Nothing is rounded: a value finer than 1 VND is refused.
import { parseDecimal } from "../money.ts";
import { fold } from "./normalize.ts";

const UNITS: { pattern: RegExp; vndPerUnit: bigint }[] = [
  { pattern: /^(ty|ti|ty dong|billion|bn)$/, vndPerUnit: 1_000_000_000n },
  { pattern: /^(trieu|tr|trieu dong|million|m|mil|trd)$/, vndPerUnit: 1_000_000n },
  { pattern: /^(nghin|ngan|nghin dong|ngan dong|k)$/, vndPerUnit: 1_000n },
  { pattern: /^(dong|d|vnd|vnd dong)$/, vndPerUnit: 1n },
];

/**
 * The largest amount a report may state: 10^15 VND (1.000.000 tỷ đồng). A city's whole plan is
 * a few thousand million and a national programme's under 10^14, so anything above is a typo;
 * it also keeps every sum far inside SQLite's 64-bit integers.
 */
export const MAX_AMOUNT_VND = 1_000_000_000_000_000n;

export type AmountResult =
  { ok: true; vnd: bigint } | { ok: false; reason: "unreadable" | "negative" | "too-large" };

/** One amount; without a unit it is in million VND. Negative and absurd amounts are refused. */
export function parseAmount(text: string): AmountResult {
  const t = fold(text).replace(/\.$/, "");
  if (/^[-−–]\s*\d/.test(t)) return { ok: false, reason: "negative" };
  const m = /^(\d[\d.,\s]*?)\s*([a-z ]*)$/.exec(t);
  if (!m) return { ok: false, reason: "unreadable" };
  const number = (m[1] ?? "").replace(/\s+(?=\d{3}\b)/g, ".").replace(/\s/g, "");
  const unitText = (m[2] ?? "").trim();
  const unit = unitText === "" ? 1_000_000n : UNITS.find((u) => u.pattern.test(unitText))?.vndPerUnit;
  if (unit === undefined) return { ok: false, reason: "unreadable" };
  const d = parseDecimal(number);
  if (d === null) return { ok: false, reason: "unreadable" };
  const frac = d.frac.replace(/0+$/, "");
  const scale = 10n ** BigInt(frac.length);
  const numerator = BigInt(d.int + frac) * unit;
  if (numerator % scale !== 0n) return { ok: false, reason: "unreadable" };
  const vnd = numerator / scale;
  if (vnd > MAX_AMOUNT_VND) return { ok: false, reason: "too-large" };
  return { ok: true, vnd };
}

/** The reply error code of a refused amount (`reply-error-<code>`). */
export const amountErrorCode = (reason: "unreadable" | "negative" | "too-large"): string =>
  reason === "unreadable" ? "bad-money" : reason === "negative" ? "negative-money" : "money-too-large";
