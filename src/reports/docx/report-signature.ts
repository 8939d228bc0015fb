// "Nơi nhận" on the left, the signing block on the right: the authority lines ("TM. …", "KT. …"),
// the signer's title, room to sign, and the signer's name, all from the plan's report settings.
import { AlignmentType, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import type { ReportSigning } from "../../domain/plan/report-settings.ts";
import type { Translate } from "../../i18n/translator.ts";
import { line, NO_BORDERS, para, run, TEXT_WIDTH } from "./docx-parts.ts";

/** The signer's title: as set, or the head of the issuing body by its kind ("CHÁNH VĂN PHÒNG"). */
export const signerTitle = (signing: ReportSigning, t: Translate) =>
  signing.signerTitle ??
  t(
    `docx-head-${["office", "department", "centre"].includes(signing.headKind) ? signing.headKind : "other"}`,
  );

export function recipientLines(signing: ReportSigning, t: Translate): string[] {
  if (signing.recipients) return signing.recipients.map((r) => (r.startsWith("-") ? r : `- ${r}`));
  return t("docx-recipients-default", {
    parent: signing.parent ?? t("docx-recipients-leaders"),
    symbol: signing.symbol || "VT",
  }).split("\n");
}

export function reportSignature(o: { signing: ReportSigning; t: Translate }): Table {
  const { signing, t } = o;
  const half = Math.round(TEXT_WIDTH / 2);
  const cell = (w: number, children: ReturnType<typeof line>[]) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });
  const left = (value: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) =>
    para([run(value, { size, ...style })], { align: AlignmentType.LEFT, after: 0 });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH - half, half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(TEXT_WIDTH - half, [
            left(t("docx-recipients"), 12, { bold: true, italics: true }),
            ...recipientLines(signing, t).map((r) => left(r, 11)),
          ]),
          cell(half, [
            ...signing.authority.map((a) => line(a.toLocaleUpperCase("vi"), { bold: true })),
            line(signerTitle(signing, t).toLocaleUpperCase("vi"), { bold: true }),
            ...Array.from({ length: 5 }, () => line("")),
            line(signing.signerName ?? "", { bold: true }),
          ]),
        ],
      }),
    ],
  });
}
