// This year's plan next to last year's at the same point of the year, as lines of text.
import { formatLocalDate } from "../domain/format-date.ts";
import { formatPercent } from "../domain/format-percent.ts";
import { formatMillion } from "../domain/money.ts";
import type { ItemPreviousYear, YearComparison } from "../domain/summary/year-over-year.ts";
import type { Translate } from "../i18n/translator.ts";

export function yearOverYearText(t: Translate, c: YearComparison, locale: string): string[] {
  const m = (v: bigint) => formatMillion(v, locale);
  const { current: now, previous: before } = c;
  return [
    t("summary-yoy-header", {
      year: String(before.year),
      plan: before.planCode,
      date: formatLocalDate(before.asOf, locale),
    }),
    t("summary-yoy-allocated", { current: m(now.allocated.total), previous: m(before.allocated.total) }),
    t("summary-yoy-disbursed", {
      current: m(now.disbursed),
      currentRate: formatPercent(now.disbursementRate, locale),
      previous: m(before.disbursed),
      previousRate: formatPercent(before.disbursementRate, locale),
    }),
    t("summary-yoy-completeness", {
      currentReceived: now.received,
      currentExpected: now.expected,
      current: formatPercent(now.completeness, locale),
      previousReceived: before.received,
      previousExpected: before.expected,
      previous: formatPercent(before.completeness, locale),
    }),
  ];
}

/** An item carried over from last year's plan: its allocation and final cumulative figures then. */
export function previousYearLine(t: Translate, p: ItemPreviousYear, locale: string): string {
  const r = p.row;
  return t("history-previous-year", {
    year: String(p.year),
    plan: p.planCode,
    allocated: formatMillion(r.allocated.total, locale),
    date: formatLocalDate(p.asOf, locale),
    disbursed: formatMillion(r.disbursed, locale),
    rate: formatPercent(r.disbursementRate, locale),
    progress: r.progressPct === null ? "—" : formatPercent(r.progressPct / 100, locale),
    status: r.status ? t(`status-${r.status}`) : t("summary-no-report"),
  });
}
