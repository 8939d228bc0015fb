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

export type AmountResult = { ok: true; vnd: bigint } | { ok: false };

/** One amount; without a unit it is in million VND. */
export function parseAmount(text: string): AmountResult {
  const t = fold(text).replace(/\.$/, "");
  const m = /^(\d[\d.,\s]*?)\s*([a-z ]*)$/.exec(t);
  if (!m) return { ok: false };
  const number = (m[1] ?? "").replace(/\s+(?=\d{3}\b)/g, ".").replace(/\s/g, "");
  const unitText = (m[2] ?? "").trim();
  const unit = unitText === "" ? 1_000_000n : UNITS.find((u) => u.pattern.test(unitText))?.vndPerUnit;
  if (unit === undefined) return { ok: false };
  const d = parseDecimal(number);
  if (d === null) return { ok: false };
  const frac = d.frac.replace(/0+$/, "");
  const scale = 10n ** BigInt(frac.length);
  const numerator = BigInt(d.int + frac) * unit;
  if (numerator % scale !== 0n) return { ok: false };
  return { ok: true, vnd: numerator / scale };
}
