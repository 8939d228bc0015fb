// A draft of the periodic report in the layout of Nghị định 30/2020/NĐ-CP (Times New Roman 13–14,
// A4, page numbers centred at the top from page 2), to edit and sign: header, title, sections
// I–VI with the summary table, signature block, appendices.
import { AlignmentType, Document, Header, Packer, PageBreak, PageNumber, Paragraph, TextRun } from "docx";
import type { ReportSigning } from "../domain/plan/report-settings.ts";
import type { Summary } from "../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../domain/summary/summary-types.ts";
import type { YearComparison } from "../domain/summary/year-over-year.ts";
import type { Translate } from "../i18n/translator.ts";
import { FONT, PAGE, para, run } from "./docx/docx-parts.ts";
import { reportHeader } from "./docx/report-header.ts";
import { reportAppendices, reportSections } from "./docx/report-sections.ts";
import { reportSignature } from "./docx/report-signature.ts";
import { reportSubject, reportTitle } from "./docx/report-title.ts";

export interface ReportDocxOptions {
  summary: Summary;
  snapshot: SummarySnapshot;
  t: Translate;
  locale: string;
  signing: ReportSigning;
  /** Last year's plan of the program at the same point of the year, when there is one. */
  yearOverYear?: YearComparison | null;
}

/** The page number, centred in the top margin, 13 pt (none on the first page). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
      }),
    ],
  });

/** The year the report is issued: the year of its deadline. */
const issueYear = (s: Summary) => Number(s.period.dueDate.slice(0, 4));

export async function buildReportDocx(o: ReportDocxOptions): Promise<Buffer> {
  const { summary: s, snapshot, t, locale, signing } = o;
  const input = { s, snapshot, t, locale, yearOverYear: o.yearOverYear };
  const doc = new Document({
    creator: "tiendo",
    title: t("docx-subject", {
      plan: reportSubject(snapshot.plan.title, snapshot.plan.year),
      period: s.period.key,
    }),
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567 },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          reportHeader({ signing, t, year: issueYear(s) }),
          ...reportTitle({
            t,
            planTitle: snapshot.plan.title,
            year: snapshot.plan.year,
            periodKey: s.period.key,
            locale,
          }),
          ...reportSections(input),
          para([run("")], { after: 0 }),
          reportSignature({ signing, t }),
          new Paragraph({ children: [new PageBreak()] }),
          ...reportAppendices(input),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
