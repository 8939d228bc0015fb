// The report's tables: projects and sub-projects (section II) and the appendices (by agency, by
// capital type). Fixed column widths; the code column is as wide as the longest code, so a code
// never breaks across lines.
import { AlignmentType, Table, TableLayoutType, TableRow, WidthType } from "docx";
import { formatMillion } from "../../domain/money.ts";
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { Translate } from "../../i18n/translator.ts";
import type { AgencyAppendixRow, CapitalAppendix } from "../appendix-rows.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import { textWidthPt } from "../text-width.ts";
import { type Align, CELL_PADDING, dataCell, TABLE_FONT, TEXT_WIDTH, TWIPS_PER_PT } from "./docx-parts.ts";

export interface Column {
  title: string;
  align?: Align;
  /** A fixed width in twips, or a share of what the fixed columns leave. */
  width?: number;
  /** Values that must each fit on one line: the column is as wide as the widest (or its title's longest word). */
  fit?: string[];
  share?: number;
}

export interface Row {
  cells: string[];
  bold?: boolean;
}

/** The widths of the columns: fixed ones as given, the rest shared out of the text width. */
export function columnWidths(given: Column[], total = TEXT_WIDTH): number[] {
  const columns = given.map((c) =>
    c.fit ? { ...c, width: Math.max(c.width ?? 0, fitting([...c.fit, ...c.title.split(" ")])) } : c,
  );
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const shares = columns.reduce((sum, c) => sum + (c.width === undefined ? (c.share ?? 1) : 0), 0);
  const widths = columns.map((c) => c.width ?? Math.floor(((total - fixed) * (c.share ?? 1)) / shares));
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A column wide enough for the widest of `values` on one line (bold, in the table's font). */
export const fitting = (values: string[]) =>
  Math.ceil(
    Math.max(...values.map((v) => textWidthPt(v, { sizePt: TABLE_FONT, bold: true }))) * TWIPS_PER_PT,
  ) +
  2 * CELL_PADDING +
  60;

export function dataTable(columns: Column[], rows: Row[]): Table {
  const widths = columnWidths(columns);
  const w = (i: number) => widths[i] ?? 0;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) =>
          dataCell(c.title, { bold: true, align: AlignmentType.CENTER, widthTwips: w(i) }),
        ),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((value, i) =>
              dataCell(value, {
                bold: r.bold ?? false,
                align: columns[i]?.align ?? AlignmentType.LEFT,
                widthTwips: w(i),
              }),
            ),
          }),
      ),
    ],
  });
}

const RIGHT = AlignmentType.RIGHT;

/** A short phrase in two even lines ("chưa có" / "báo cáo"), so its column stays narrow. */
export function inTwoLines(value: string): string {
  const words = value.split(" ");
  if (words.length < 3) return value;
  const half = Math.ceil(words.length / 2);
  return `${words.slice(0, half).join(" ")}\n${words.slice(half).join(" ")}`;
}
const CENTER = AlignmentType.CENTER;

export function projectsTable(s: Summary, t: Translate, locale: string): Table {
  const m = (v: bigint) => formatMillion(v, locale);
  const items = s.items.filter((i) => i.level === "project" || i.level === "subproject");
  const rows = [
    ...items.map((i) => ({
      bold: i.level === "project",
      cells: [
        i.code,
        i.title,
        i.allocated.total === 0n ? t("docx-no-budget") : m(i.allocated.total),
        m(i.disbursed),
        formatPercent(i.disbursementRate, locale),
        i.progressPct === null ? "—" : formatPercent(i.progressPct / 100, locale),
        inTwoLines(i.status ? t(`status-${i.status}`) : t("summary-no-report")),
      ],
    })),
    {
      bold: true,
      cells: [
        "",
        t("xlsx-total"),
        m(s.allocated.total),
        m(s.disbursed),
        formatPercent(s.disbursementRate, locale),
        "",
        "",
      ],
    },
  ];
  const values = (col: number) => rows.map((r) => r.cells[col] ?? "");
  const words = (col: number) => values(col).flatMap((v) => v.split(" "));
  return dataTable(
    [
      { title: t("xlsx-col-code"), fit: values(0) },
      { title: t("xlsx-col-title") },
      { title: t("docx-col-allocated"), align: RIGHT, fit: words(2) },
      { title: t("docx-col-disbursed"), align: RIGHT, fit: values(3) },
      { title: t("docx-col-rate"), align: RIGHT, fit: values(4) },
      { title: t("xlsx-col-progress"), align: RIGHT, fit: values(5) },
      { title: t("xlsx-col-status"), fit: values(6).flatMap((v) => v.split("\n")) },
    ],
    rows,
  );
}

export function agencyTable(rows: AgencyAppendixRow[], t: Translate): Table {
  const n = (v: number) => String(v);
  return dataTable(
    [
      { title: t("docx-col-no"), align: CENTER, width: 600 },
      { title: t("xlsx-col-agency") },
      { title: t("docx-col-expected"), align: RIGHT, fit: ["000"] },
      { title: t("docx-col-received"), align: RIGHT, fit: ["000"] },
      { title: t("docx-col-on-time"), align: RIGHT, fit: ["000"] },
      { title: t("docx-col-late-count"), align: RIGHT, fit: ["000"] },
      { title: t("docx-col-max-days"), align: RIGHT, fit: ["000"] },
    ],
    [
      ...rows.map((r, i) => ({
        cells: [
          n(i + 1),
          r.name,
          n(r.expected),
          n(r.received),
          n(r.onTime),
          n(r.lateCount),
          r.maxDaysLate ? n(r.maxDaysLate) : "—",
        ],
      })),
      {
        bold: true,
        cells: [
          "",
          t("xlsx-total"),
          n(rows.reduce((a, r) => a + r.expected, 0)),
          n(rows.reduce((a, r) => a + r.received, 0)),
          n(rows.reduce((a, r) => a + r.onTime, 0)),
          n(rows.reduce((a, r) => a + r.lateCount, 0)),
          "",
        ],
      },
    ],
  );
}

export function capitalTable(c: CapitalAppendix, t: Translate, locale: string): Table {
  const m = (v: bigint) => formatMillion(v, locale);
  const rate = (d: bigint, a: bigint) => formatPercent(a === 0n ? null : Number(d) / Number(a), locale);
  const row = (label: string, x: { allocated: bigint; disbursed: bigint }, bold = false) => ({
    bold,
    cells: [label, m(x.allocated), m(x.disbursed), rate(x.disbursed, x.allocated)],
  });
  return dataTable(
    [
      { title: t("docx-col-capital") },
      { title: t("docx-col-allocated"), align: RIGHT, width: 1800 },
      { title: t("docx-col-disbursed"), align: RIGHT, width: 1800 },
      { title: t("docx-col-rate"), align: RIGHT, width: 1400 },
    ],
    [
      row(t("docx-capital-investment"), c.investment),
      row(t("docx-capital-recurrent"), c.recurrent),
      ...(c.unsplit > 0n ? [{ cells: [t("docx-capital-unsplit"), "", m(c.unsplit), ""] }] : []),
      row(t("xlsx-total"), c.total, true),
    ],
  );
}
