// Money is exact: VND as bigint; people read and write million VND (triệu đồng).

export const VND_PER_MILLION = 1_000_000n;

/**
 * Reads a decimal written the Vietnamese way: "5.893" (dot groups thousands), "1.234,5"
 * (comma is the decimal mark), "1200.5" (a dot not followed by groups of three is a decimal
 * point), "7011". Returns the exact value as [integer digits, fraction digits] or null.
 */
export function parseDecimal(text: string): { int: string; frac: string } | null {
  const t = text.trim().replace(/\s+/g, "");
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const commas = t.split(",");
  if (commas.length > 2) return null;
  const [whole = "", fraction = ""] = commas;
  if (commas.length === 2) {
    if (!/^\d+$/.test(fraction)) return null;
    const int = ungroup(whole);
    return int === null ? null : { int, frac: fraction };
  }
  const int = ungroup(whole);
  if (int !== null) return { int, frac: "" };
  const dots = whole.split(".");
  if (dots.length === 2 && /^\d+$/.test(dots[0] ?? "") && /^\d+$/.test(dots[1] ?? "")) {
    return { int: dots[0] ?? "", frac: dots[1] ?? "" };
  }
  return null;
}

/** "5.893" → "5893"; "5893" → "5893"; "58.93" → null (not thousands groups). */
function ungroup(text: string): string | null {
  if (/^\d+$/.test(text)) return text;
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return text.replaceAll(".", "");
  return null;
}

/** Exact VND from an amount in million VND ("5.893" → 5_893_000_000n); null if unreadable or finer than 1 VND. */
export function millionToVnd(text: string | number): bigint | null {
  const source = typeof text === "number" ? numberToPlain(text) : text;
  if (source === null) return null;
  const d = parseDecimal(source);
  if (d === null) return null;
  const frac = d.frac.replace(/0+$/, "");
  if (frac.length > 6) return null;
  return BigInt(d.int) * VND_PER_MILLION + BigInt(frac.padEnd(6, "0") || "0");
}

function numberToPlain(n: number): string | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const s = String(n);
  return /e/i.test(s) ? null : s;
}

/** Million VND as a JavaScript number (for JSON output and charts); exact to 1 VND below 9e9 million. */
export function vndToMillion(vnd: bigint): number {
  const whole = vnd / VND_PER_MILLION;
  const rest = vnd % VND_PER_MILLION;
  return Number(whole) + Number(rest) / 1_000_000;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "7.011", "1.234,5" in Vietnamese; "7,011" and "1,234.5" in English. */
export function formatMillion(vnd: bigint, locale: string = "vi"): string {
  const tag = locale === "en" ? "en-US" : "vi-VN";
  let f = formatters.get(tag);
  if (f === undefined) {
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
    formatters.set(tag, f);
  }
  return f.format(vndToMillion(vnd));
}
