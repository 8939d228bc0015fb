// The building blocks of the report: runs in Times New Roman, paragraphs, table cells, rules.
import { AlignmentType, BorderStyle, Paragraph, TableCell, TextRun, VerticalAlign, WidthType } from "docx";

export const FONT = "Times New Roman";
/** A4 with the margins of Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 20 mm), in twips. */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 1134,
  bottom: 1134,
  left: 1701,
  right: 1134,
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 9,071 twips: 160 mm
export const TWIPS_PER_PT = 20;

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const run = (value: string, o: RunStyle = {}) =>
  new TextRun({
    text: value,
    font: FONT,
    size: (o.size ?? 13) * 2,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
  });

export interface ParaStyle {
  align?: Align;
  after?: number;
  before?: number;
  indent?: boolean;
  keepNext?: boolean;
}

export const para = (runs: TextRun[], o: ParaStyle = {}) =>
  new Paragraph({
    children: runs,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 120, before: o.before ?? 0 },
    ...(o.indent ? { indent: { firstLine: 567 } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
  });

/** One centred line with no space after (the header and the signature block). */
export const line = (value: string, o: RunStyle = {}) =>
  para([run(value, o)], { align: AlignmentType.CENTER, after: 0 });

/** A centred horizontal rule `lengthTwips` long in a column `columnTwips` wide. */
export function rule(lengthTwips: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - lengthTwips) / 2));
  return new Paragraph({
    children: [new TextRun({ text: "", size: 2 })],
    spacing: { before: 0, after: 0, line: 40, lineRule: "exact" },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** A cell of a data table: 12 pt text with room on both sides. */
export function dataCell(value: string, o: { bold?: boolean; align?: Align; widthTwips: number }) {
  return new TableCell({
    width: { size: o.widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 20, bottom: 20 },
    children: value.split("\n").map((l) =>
      para([run(l, { bold: o.bold ?? false, size: TABLE_FONT })], {
        align: o.align ?? AlignmentType.LEFT,
        after: 0,
      }),
    ),
  });
}
export const CELL_PADDING = 70; // twips on each side of a cell's text
export const TABLE_FONT = 12;

/** A section heading ("I. TÌNH HÌNH …"), kept with what follows. */
export const heading = (value: string) => para([run(value, { bold: true })], { keepNext: true, before: 120 });
