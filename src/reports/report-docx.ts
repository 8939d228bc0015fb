// A draft of the periodic report ("Báo cáo kết quả thực hiện …") in the usual administrative
// layout (Nghị định 30/2020/NĐ-CP: Times New Roman 13–14), with the summary tables, to edit and sign.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatLocalDate } from "../domain/format-date.ts";
import { formatMillion } from "../domain/money.ts";
import type { Summary } from "../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../domain/summary/summary-types.ts";
import type { Translate } from "../i18n/translator.ts";
import { formatPercent } from "./summary-text.ts";

const FONT = "Times New Roman";
const text = (t: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: t,
    font: FONT,
    size: (o.size ?? 13) * 2,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
  });
const para = (
  runs: TextRun[],
  o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: boolean } = {},
) =>
  new Paragraph({
    children: runs,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 120 },
    ...(o.indent ? { indent: { firstLine: 567 } } : {}),
  });
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

function cell(
  value: string,
  o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; width?: number } = {},
) {
  return new TableCell({
    children: [
      para([text(value, { bold: o.bold ?? false, size: 11 })], {
        align: o.align ?? AlignmentType.LEFT,
        after: 40,
      }),
    ],
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

export async function buildReportDocx(o: {
  summary: Summary;
  snapshot: SummarySnapshot;
  t: Translate;
  locale: string;
  issuer: string;
}): Promise<Buffer> {
  const { summary: s, snapshot, t, locale } = o;
  const m = (v: bigint) => formatMillion(v, locale);
  const centered = (runs: TextRun[]) => para(runs, { align: AlignmentType.CENTER, after: 0 });
  const heading = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            children: [
              centered([text(o.issuer.toUpperCase(), { size: 13 })]),
              centered([text(t("docx-office"), { bold: true })]),
              centered([text(t("docx-number"))]),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            children: [
              centered([text(t("docx-nation"), { bold: true })]),
              centered([text(t("docx-motto"), { bold: true, size: 14 })]),
              centered([text(t("docx-place-date"), { italics: true })]),
            ],
          }),
        ],
      }),
    ],
  });
  const projects = s.items.filter((i) => i.level === "project" || i.level === "subproject");
  // A4 minus the margins is 9,071 twips: code, item, budget, disbursed, rate, progress, status.
  const table = new Table({
    width: { size: 9071, type: WidthType.DXA },
    columnWidths: [950, 3000, 1000, 1000, 850, 850, 1421],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          t("xlsx-col-code"),
          t("xlsx-col-title"),
          t("docx-col-allocated"),
          t("docx-col-disbursed"),
          t("docx-col-rate"),
          t("xlsx-col-progress"),
          t("xlsx-col-status"),
        ].map((h) => cell(h, { bold: true, align: AlignmentType.CENTER })),
      }),
      ...projects.map(
        (i) =>
          new TableRow({
            children: [
              cell(i.code, { bold: i.level === "project" }),
              cell(i.title),
              cell(m(i.allocated.total), { align: AlignmentType.RIGHT }),
              cell(m(i.disbursed), { align: AlignmentType.RIGHT }),
              cell(formatPercent(i.disbursementRate, locale), { align: AlignmentType.RIGHT }),
              cell(i.progressPct === null ? "—" : formatPercent(i.progressPct / 100, locale), {
                align: AlignmentType.RIGHT,
              }),
              cell(i.status ? t(`status-${i.status}`) : t("summary-no-report")),
            ],
          }),
      ),
      new TableRow({
        children: [
          cell(""),
          cell(t("xlsx-total"), { bold: true }),
          cell(m(s.allocated.total), { bold: true, align: AlignmentType.RIGHT }),
          cell(m(s.disbursed), { bold: true, align: AlignmentType.RIGHT }),
          cell(formatPercent(s.disbursementRate, locale), { bold: true, align: AlignmentType.RIGHT }),
          cell(""),
          cell(""),
        ],
      }),
    ],
  });
  const agencyName = new Map(snapshot.agencies.map((a) => [a.code, a.name]));
  /** One indented "- …" paragraph per line, or "None." */
  const bullets = (lines: string[]) =>
    (lines.length === 0 ? [t("docx-none")] : lines.map((l) => `- ${l}`)).map((l) =>
      para([text(l)], { indent: true }),
    );
  const body = [
    heading,
    para([text("")]),
    para([text(t("docx-title"), { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 0 }),
    para(
      [
        text(t("docx-subtitle", { plan: snapshot.plan.title, period: s.period.label, key: s.period.key }), {
          bold: true,
        }),
      ],
      { align: AlignmentType.CENTER, after: 240 },
    ),
    para([text(t("docx-section-reporting"), { bold: true })]),
    para(
      [
        text(
          t("docx-reporting", {
            date: formatLocalDate(s.period.dueDate, locale),
            received: s.received,
            expected: s.expected,
            completeness: formatPercent(s.completeness, locale),
            onTime: s.onTime,
            timeliness: formatPercent(s.timeliness, locale),
          }),
        ),
      ],
      { indent: true },
    ),
    para([text(t("docx-section-results"), { bold: true })]),
    para(
      [
        text(
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
      ],
      { indent: true },
    ),
    table,
    para([text("")]),
    para([text(t("docx-section-late"), { bold: true })]),
    ...bullets(
      s.late.map((l) =>
        t(`docx-late-${l.kind}`, {
          agency: agencyName.get(l.agency) ?? l.agency,
          item: l.item,
          days: l.daysLate,
        }),
      ),
    ),
    para([text(t("docx-section-notes"), { bold: true })]),
    ...bullets(
      s.notes.map((n) =>
        t("docx-note", {
          item: n.item,
          agency: agencyName.get(n.agency) ?? n.agency,
          obstacles: n.obstacles ?? "—",
          proposals: n.proposals ?? "—",
        }),
      ),
    ),
    para([text(t("docx-section-gaps"), { bold: true })]),
    para(
      [
        text(
          t("summary-gaps", {
            noLead: s.gaps.noLead.join(", ") || "—",
            noBudget: s.gaps.noBudget.join(", ") || "—",
          }),
        ),
      ],
      { indent: true },
    ),
    para([text(t("docx-section-next"), { bold: true })]),
    para([text(t("docx-next"), { italics: true })], { indent: true }),
    para([text("")]),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: noBorders,
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: [
                para([text(t("docx-recipients"), { bold: true, italics: true, size: 12 })], {
                  align: AlignmentType.LEFT,
                  after: 0,
                }),
                ...t("docx-recipients-list")
                  .split("\n")
                  .map((r) => para([text(r, { size: 11 })], { align: AlignmentType.LEFT, after: 0 })),
              ],
            }),
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: t("docx-signature")
                .split("\n")
                .map((r, i) => centered([text(r, { bold: i < 3, italics: i >= 3 })])),
            }),
          ],
        }),
      ],
    }),
  ];
  const doc = new Document({
    creator: "tiendo",
    title: t("docx-subtitle", { plan: snapshot.plan.title, period: s.period.label, key: s.period.key }),
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
