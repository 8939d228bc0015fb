// Percentages and plain decimals as people read them: "60,5%" in Vietnamese, "60.5%" in English.

const tag = (locale: string) => (locale === "en" ? "en-US" : "vi-VN");

/** A ratio (0.605) as a percentage ("60,5%"); "—" when there is nothing to divide by. */
export function formatPercent(x: number | null, locale: string): string {
  if (x === null) return "—";
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 1 }).format(x);
}

/** A number with at most one decimal ("60,5"), for values already in percent. */
export function formatDecimal(x: number, locale: string): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(x);
}
