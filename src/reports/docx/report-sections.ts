// The body of the report: sections I–VI in numbered headings, then the appendices.
import { AlignmentType, type Paragraph, type Table } from "docx";
import { periodInWords } from "../../domain/calendar/period-in-words.ts";
import { formatLocalDate } from "../../domain/format-date.ts";
import { formatMillion } from "../../domain/money.ts";
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../../domain/summary/summary-types.ts";
import type { Translate } from "../../i18n/translator.ts";
import { agencyAppendix, capitalAppendix } from "../appendix-rows.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import type { YearComparison } from "../../domain/summary/year-over-year.ts";
import { summaryCarried } from "../summary-text.ts";
import { heading, para, run } from "./docx-parts.ts";
import { yearOverYearTable } from "./year-over-year-table.ts";
import { agencyTable, capitalTable, projectsTable } from "./report-tables.ts";

interface SectionInput {
  s: Summary;
  snapshot: SummarySnapshot;
  t: Translate;
  locale: string;
  /** Last year's plan of the program at the same point of the year, when there is one. */
  yearOverYear?: YearComparison | null | undefined;
}

const body = (value: string) => para([run(value)], { indent: true });

/** One indented "- …" paragraph per line, or "None." */
const bullets = (t: Translate, lines: string[]) =>
  (lines.length === 0 ? [t("docx-none")] : lines.map((l) => `- ${l}`)).map(body);

/** A note's sentence without empty halves: obstacles, proposals, or both. */
export function noteLine(t: Translate, n: Summary["notes"][number], agency: string): string {
  const args = { item: n.item, agency, obstacles: n.obstacles ?? "", proposals: n.proposals ?? "" };
  if (n.obstacles && n.proposals) return t("docx-note", args);
  return t(n.obstacles ? "docx-note-obstacles" : "docx-note-proposals", args);
}

export function reportSections({
  s,
  snapshot,
  t,
  locale,
  yearOverYear,
}: SectionInput): (Paragraph | Table)[] {
  const m = (v: bigint) => formatMillion(v, locale);
  const agencyName = new Map(snapshot.agencies.map((a) => [a.code, a.name]));
  const name = (code: string) => agencyName.get(code) ?? code;
  return [
    heading(t("docx-section-reporting")),
    body(
      t("docx-reporting", {
        date: formatLocalDate(s.period.dueDate, locale),
        received: s.received,
        expected: s.expected,
        completeness: formatPercent(s.completeness, locale),
        onTime: s.onTime,
        timeliness: formatPercent(s.timeliness, locale),
      }),
    ),
    heading(t("docx-section-results")),
    body(
      t("docx-money", {
        total: m(s.allocated.total),
        investment: m(s.allocated.investment),
        recurrent: m(s.allocated.recurrent),
        central: m(s.declared.central),
        local: m(s.declared.local),
        disbursed: m(s.disbursed),
        rate: formatPercent(s.disbursementRate, locale),
      }),
    ),
    projectsTable(s, t, locale),
    ...summaryCarried(t, s, locale).map((line) => para([run(line, { italics: true })], { indent: true })),
    ...(yearOverYear ? [para([run("")], { after: 0 }), ...yearOverYearTable(yearOverYear, t, locale)] : []),
    para([run("")], { after: 0 }),
    heading(t("docx-section-late")),
    ...bullets(
      t,
      s.late.map((l) =>
        t(`docx-late-${l.kind}`, {
          agency: name(l.agency),
          item: l.item,
          days: l.daysLate ?? 0,
          date: formatLocalDate(s.period.dueDate, locale),
        }),
      ),
    ),
    heading(t("docx-section-notes")),
    ...bullets(
      t,
      s.notes.map((n) => noteLine(t, n, name(n.agency))),
    ),
    heading(t("docx-section-gaps")),
    ...(s.gaps.noLead.length + s.gaps.noBudget.length === 0
      ? bullets(t, [])
      : bullets(t, [
          ...(s.gaps.noLead.length ? [t("docx-gaps-no-lead", { items: s.gaps.noLead.join(", ") })] : []),
          ...(s.gaps.noBudget.length
            ? [t("docx-gaps-no-budget", { items: s.gaps.noBudget.join(", ") })]
            : []),
        ])),
    heading(t("docx-section-next")),
    para([run(t("docx-next"), { italics: true })], { indent: true }),
  ];
}

/** The appendices: reporting by agency, and budget and disbursement by capital type. */
export function reportAppendices({ s, t, locale }: SectionInput): (Paragraph | Table)[] {
  const title = (value: string) =>
    para([run(value, { bold: true })], { align: AlignmentType.CENTER, after: 0, keepNext: true });
  const note = (value: string) =>
    para([run(value, { italics: true, size: 12 })], {
      align: AlignmentType.CENTER,
      after: 120,
      keepNext: true,
    });
  return [
    title(t("docx-appendix-agencies")),
    note(t("docx-appendix-note", { period: periodInWords(s.period.key, locale) })),
    agencyTable(agencyAppendix(s), t),
    para([run("")], { after: 0 }),
    title(t("docx-appendix-capital")),
    note(t("docx-appendix-money-note")),
    capitalTable(capitalAppendix(s), t, locale),
  ];
}
