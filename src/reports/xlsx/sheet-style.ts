// How every sheet of the workbook looks: Times New Roman named on every cell (bold ones too),
// header rows filled and wrapped, row heights that fit wrapped text (measured in Tinos, metric-
// compatible with Times New Roman), money without a trailing separator, real dates.
import type ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { textWidthPt } from "../text-width.ts";

export const FONT_NAME = "Times New Roman";
export const FONT_SIZE = 12;
/** Whole million VND, and a separate format for amounts with decimals (never "5.893,"). */
export const MONEY = "#,##0";
export const MONEY_DECIMALS = "#,##0.0##";
export const PERCENT = "0.0%";
export const DATE = "dd/mm/yyyy";
export const DATE_TIME = "dd/mm/yyyy hh:mm";

const LINE_PT = 15.75; // one line of 12 pt text
const PADDING_PT = 5;

/** Excel has no time zones: the plan's wall-clock time as a date Excel shows as it is. */
export function excelLocal(at: Date, zone: string): Date {
  const l = DateTime.fromJSDate(at, { zone });
  return new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second));
}

/** A calendar date ("2023-06-15") as an Excel date. */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Money in million VND: the number with the format its value needs. */
export function setMoney(cell: ExcelJS.Cell, million: number | null): void {
  cell.value = million;
  cell.numFmt = million !== null && !Number.isInteger(million) ? MONEY_DECIMALS : MONEY;
}

export function headerRow(sheet: ExcelJS.Worksheet, titles: string[]): ExcelJS.Row {
  const row = sheet.addRow(titles);
  row.eachCell((c) => {
    c.font = { name: FONT_NAME, size: FONT_SIZE, bold: true };
    c.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    c.border = { bottom: { style: "thin" } };
  });
  sheet.views = [{ state: "frozen", ySplit: row.number }];
  return row;
}

/** The lines `text` takes in a column `widthPt` wide, words wrapped the way a spreadsheet does. */
export function wrappedLines(text: string, widthPt: number, bold: boolean): number {
  const space = textWidthPt(" ", { sizePt: FONT_SIZE, bold });
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const w = textWidthPt(word, { sizePt: FONT_SIZE, bold });
      if (used > 0 && used + space + w > widthPt) {
        lines += 1 + Math.floor(w / widthPt);
        used = w % widthPt;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/** An Excel column width (characters of the default font) in points. */
const columnPt = (width: number) => (width * 7 + 5) * 0.75;

/** Every cell gets the font by name; wrapped rows get the height their longest cell needs. */
export function finishSheet(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow({ includeEmpty: false }, (row) => {
    let lines = 1;
    let size = FONT_SIZE;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const bold = cell.font?.bold ?? false;
      cell.font = { ...cell.font, name: FONT_NAME, size: cell.font?.size ?? FONT_SIZE };
      size = Math.max(size, cell.font.size ?? FONT_SIZE);
      if (!cell.alignment?.wrapText || typeof cell.value !== "string") return;
      const width = columnPt(sheet.getColumn(cell.col).width ?? 10) - PADDING_PT;
      lines = Math.max(lines, wrappedLines(cell.value, width, bold));
    });
    row.height = Math.ceil(lines * LINE_PT * (size / FONT_SIZE) + 3);
  });
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: "&C&P / &N" };
}

/** Columns by width, and which of them wrap their text. */
export function setColumns(sheet: ExcelJS.Worksheet, widths: number[], wrap: number[] = []): void {
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = w;
    if (wrap.includes(i + 1)) column.alignment = { vertical: "top", wrapText: true };
    else column.alignment = { vertical: "top" };
  });
}
