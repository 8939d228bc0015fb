// The header of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the governing
// and issuing bodies on the left, a short rule under the issuing body and the number; the national
// motto on the right on one line, "Độc lập - Tự do - Hạnh phúc" with a rule as long as it, and the
// place and date in italics. Column widths come from the measured text, so nothing wraps.
import { AlignmentType, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import type { ReportSigning } from "../../domain/plan/report-settings.ts";
import type { Translate } from "../../i18n/translator.ts";
import { textWidthPt } from "../text-width.ts";
import { line, NO_BORDERS, para, rule, run, TEXT_WIDTH, TWIPS_PER_PT } from "./docx-parts.ts";

/** The header table may reach 10 mm into the 30 mm left margin, as the usual templates do. */
const REACH = 567;
const SLACK = 160; // twips of air on each side of the widest line
const SIZE = { parent: 12, issuer: 12, nation: 12, motto: 13, number: 13, date: 13 } as const;

const twips = (value: string, sizePt: number, bold: boolean) =>
  Math.ceil(textWidthPt(value, { sizePt, bold }) * TWIPS_PER_PT);

/** A break before the name of an administrative unit reads best ("VĂN PHÒNG HĐND-UBND / THÀNH PHỐ"). */
const UNIT_START = /^(THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)(\s|$)/u;

/**
 * Splits a name in two lines (between words) when it does not fit on one: before an
 * administrative unit if that fits, else where the two lines are most even.
 */
export function balancedLines(value: string, fits: (line: string) => boolean): string[] {
  if (fits(value)) return [value];
  const words = value.split(" ");
  let best: string[] = [value];
  let bestSpread = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(" ");
    const b = words.slice(i).join(" ");
    const spread = Math.abs(a.length - b.length) - (UNIT_START.test(b) ? 1000 : 0);
    if (fits(a) && fits(b) && spread < bestSpread) {
      best = [a, b];
      bestSpread = spread;
    }
  }
  return best;
}

export function reportHeader(o: { signing: ReportSigning; t: Translate; year: number }): Table {
  const { signing, t } = o;
  const parent = signing.parent?.toLocaleUpperCase("vi");
  const issuer = signing.issuer.toLocaleUpperCase("vi");
  const nation = t("docx-nation");
  const motto = t("docx-motto");
  const right = Math.max(twips(nation, SIZE.nation, true), twips(motto, SIZE.motto, true)) + 2 * SLACK;
  const available = TEXT_WIDTH + REACH;
  const leftNeed =
    Math.max(parent ? twips(parent, SIZE.parent, false) : 0, twips(issuer, SIZE.issuer, true)) + 2 * SLACK;
  const left = Math.max(Math.min(leftNeed, available - right), Math.round(available * 0.36));
  const width = available;
  const rightWidth = width - left;
  const fitsLeft = (size: number, bold: boolean) => (s: string) => twips(s, size, bold) + 2 * SLACK <= left;
  const issuerLines = balancedLines(issuer, fitsLeft(SIZE.issuer, true));
  const issuerRule = Math.round(Math.max(...issuerLines.map((l) => twips(l, SIZE.issuer, true))) * 0.4);
  const number = t("docx-number", { symbol: signing.symbol ? `-${signing.symbol}` : "" });
  const cell = (w: number, children: ReturnType<typeof line>[]) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children,
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, rightWidth],
    layout: TableLayoutType.FIXED,
    indent: { size: -(width - TEXT_WIDTH), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            ...(parent
              ? balancedLines(parent, fitsLeft(SIZE.parent, false)).map((l) => line(l, { size: SIZE.parent }))
              : []),
            ...issuerLines.map((l) => line(l, { size: SIZE.issuer, bold: true })),
            rule(issuerRule, left),
            para([run(number, { size: SIZE.number })], {
              align: AlignmentType.CENTER,
              after: 0,
              before: 120,
            }),
          ]),
          cell(rightWidth, [
            line(nation, { size: SIZE.nation, bold: true }),
            line(motto, { size: SIZE.motto, bold: true }),
            rule(twips(motto, SIZE.motto, true), rightWidth),
            para(
              [
                run(t("docx-place-date", { place: signing.place, year: String(o.year) }), {
                  size: SIZE.date,
                  italics: true,
                }),
              ],
              {
                align: AlignmentType.CENTER,
                after: 0,
                before: 120,
              },
            ),
          ]),
        ],
      }),
    ],
  });
}
