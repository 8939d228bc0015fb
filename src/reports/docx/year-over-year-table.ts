// Section II's small table: this year's plan next to last year's at the same point of the year.
import { AlignmentType, type Paragraph, type Table } from "docx";
import { formatLocalDate } from "../../domain/format-date.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import { formatMillion } from "../../domain/money.ts";
import type { YearComparison, YearPoint } from "../../domain/summary/year-over-year.ts";
import type { Translate } from "../../i18n/translator.ts";
import { para, run } from "./docx-parts.ts";
import { dataTable } from "./report-tables.ts";

export function yearOverYearTable(c: YearComparison, t: Translate, locale: string): (Paragraph | Table)[] {
  const m = (v: bigint) => formatMillion(v, locale);
  const points = [c.current, c.previous];
  const column = (p: YearPoint) => ({
    title: t("docx-yoy-col-year", { year: String(p.year), date: formatLocalDate(p.asOf, locale) }),
    align: AlignmentType.RIGHT,
  });
  const row = (label: string, value: (p: YearPoint) => string) => ({ cells: [label, ...points.map(value)] });
  return [
    para([run(t("docx-yoy-title"), { bold: true })], { after: 60, keepNext: true }),
    dataTable(
      [{ title: t("docx-yoy-col-measure"), share: 2 }, ...points.map(column)],
      [
        row(t("docx-yoy-allocated"), (p) => m(p.allocated.total)),
        row(t("docx-yoy-disbursed"), (p) => m(p.disbursed)),
        row(t("docx-yoy-rate"), (p) => formatPercent(p.disbursementRate, locale)),
        row(
          t("docx-yoy-reports"),
          (p) => `${p.received}/${p.expected} (${formatPercent(p.completeness, locale)})`,
        ),
      ],
    ),
  ];
}
