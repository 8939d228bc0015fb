// The period's workbook: the summary by project, reporting by agency, every report with its
// revisions, the missing reports. Money in million VND, real dates, Times New Roman throughout.
import ExcelJS from "exceljs";
import { periodInWords } from "../domain/calendar/period-in-words.ts";
import { vndToMillion } from "../domain/money.ts";
import type { Summary } from "../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../domain/summary/summary-types.ts";
import type { Translate } from "../i18n/translator.ts";
import { agencyAppendix } from "./appendix-rows.ts";
import {
  DATE,
  DATE_TIME,
  excelDate,
  excelLocal,
  finishSheet,
  headerRow,
  PERCENT,
  setColumns,
  setMoney,
} from "./xlsx/sheet-style.ts";

export interface WorkbookOptions {
  summary: Summary;
  snapshot: SummarySnapshot;
  t: Translate;
  locale?: string;
  timezone: string;
}

function summarySheet(wb: ExcelJS.Workbook, { summary: s, snapshot, t, locale }: WorkbookOptions) {
  const sheet = wb.addWorksheet(t("xlsx-sheet-summary"));
  setColumns(sheet, [17, 62, 16, 16, 16, 16, 13, 11, 16], [1, 2, 9]);
  const title = sheet.addRow([snapshot.plan.title]);
  sheet.mergeCells(title.number, 1, title.number, 9);
  title.getCell(1).font = { bold: true, size: 13 };
  title.getCell(1).alignment = { vertical: "top" }; // one line across the merged columns
  const period = sheet.addRow([
    t("xlsx-col-period"),
    `${periodInWords(s.period.key, locale)} (${s.period.label})`,
    t("xlsx-col-due"),
    excelDate(s.period.dueDate),
  ]);
  period.getCell(4).numFmt = DATE;
  const rates = sheet.addRow([
    t("xlsx-completeness"),
    s.completeness ?? 0,
    t("xlsx-timeliness"),
    s.timeliness ?? 0,
  ]);
  rates.getCell(2).numFmt = PERCENT;
  rates.getCell(4).numFmt = PERCENT;
  rates.getCell(2).alignment = { horizontal: "left" };
  sheet.addRow([]);
  headerRow(sheet, [
    t("xlsx-col-code"),
    t("xlsx-col-title"),
    t("xlsx-col-investment"),
    t("xlsx-col-recurrent"),
    t("xlsx-col-allocated"),
    t("xlsx-col-disbursed"),
    t("xlsx-col-rate"),
    t("xlsx-col-progress"),
    t("xlsx-col-status"),
  ]);
  const moneyRow = (
    values: (string | null)[],
    money: bigint[],
    rate: number | null,
    progress: number | null,
  ) => {
    const row = sheet.addRow([values[0], values[1]]);
    money.forEach((v, i) => setMoney(row.getCell(3 + i), vndToMillion(v)));
    row.getCell(7).value = rate;
    row.getCell(7).numFmt = PERCENT;
    row.getCell(8).value = progress;
    row.getCell(8).numFmt = PERCENT;
    row.getCell(9).value = values[2] ?? "";
    return row;
  };
  for (const i of s.items) {
    const row = moneyRow(
      [i.code, i.title, i.status ? t(`status-${i.status}`) : ""],
      [i.allocated.investment, i.allocated.recurrent, i.allocated.total, i.disbursed],
      i.disbursementRate,
      i.progressPct === null ? null : i.progressPct / 100,
    );
    if (i.level === "project") row.eachCell((c) => (c.font = { bold: true }));
  }
  const total = moneyRow(
    ["", t("xlsx-total"), ""],
    [s.allocated.investment, s.allocated.recurrent, s.allocated.total, s.disbursed],
    s.disbursementRate,
    null,
  );
  total.eachCell((c) => (c.font = { bold: true }));
}

function agenciesSheet(wb: ExcelJS.Workbook, { summary: s, t }: WorkbookOptions) {
  const sheet = wb.addWorksheet(t("xlsx-sheet-agencies"));
  setColumns(sheet, [10, 44, 14, 12, 12, 14, 14, 14, 14], [2]);
  headerRow(sheet, [
    t("xlsx-col-code"),
    t("xlsx-col-name"),
    t("docx-col-expected"),
    t("docx-col-received"),
    t("docx-col-on-time"),
    t("xlsx-completeness"),
    t("xlsx-timeliness"),
    t("docx-col-late-count"),
    t("docx-col-max-days"),
  ]);
  const rates = new Map(s.agencies.map((a) => [a.code, a]));
  for (const a of agencyAppendix(s)) {
    const row = sheet.addRow([
      a.code,
      a.name,
      a.expected,
      a.received,
      a.onTime,
      rates.get(a.code)?.completeness ?? null,
      rates.get(a.code)?.timeliness ?? null,
      a.lateCount,
      a.maxDaysLate || null,
    ]);
    row.getCell(6).numFmt = PERCENT;
    row.getCell(7).numFmt = PERCENT;
  }
}

function reportsSheet(wb: ExcelJS.Workbook, { summary: s, snapshot, t, timezone }: WorkbookOptions) {
  const sheet = wb.addWorksheet(t("xlsx-sheet-reports"));
  setColumns(sheet, [30, 16, 10, 15, 7, 18, 8, 15, 10, 14, 40, 40, 40], [1, 2, 8, 11, 12, 13]);
  headerRow(sheet, [
    t("xlsx-col-agency"),
    t("xlsx-col-code"),
    t("xlsx-col-period"),
    t("xlsx-col-reference"),
    t("xlsx-col-revision"),
    t("xlsx-col-submitted"),
    t("xlsx-col-late"),
    t("xlsx-col-status"),
    t("xlsx-col-progress"),
    t("xlsx-col-disbursed"),
    t("xlsx-col-results"),
    t("xlsx-col-obstacles"),
    t("xlsx-col-proposals"),
  ]);
  const assignmentOf = new Map(snapshot.assignments.map((a) => [a.id, a]));
  const agencyName = new Map(snapshot.agencies.map((a) => [a.code, a.name]));
  for (const r of snapshot.reports.filter((x) => x.periodKey === s.period.key)) {
    const a = assignmentOf.get(r.assignmentId);
    for (const v of r.revisions) {
      const row = sheet.addRow([
        a ? (agencyName.get(a.agencyCode) ?? a.agencyCode) : "",
        a?.itemCode ?? "",
        r.periodKey,
        r.reference,
        v.number,
        excelLocal(v.submittedAt, timezone),
        v.late ? t("xlsx-yes") : "",
        t(`status-${v.status}`),
        v.progressPermille === null ? null : v.progressPermille / 1000,
        null,
        v.results ?? "",
        v.obstacles ?? "",
        v.proposals ?? "",
      ]);
      row.getCell(6).numFmt = DATE_TIME;
      row.getCell(9).numFmt = PERCENT;
      setMoney(row.getCell(10), v.disbursedTotalVnd === null ? null : vndToMillion(v.disbursedTotalVnd));
    }
  }
}

function missingSheet(wb: ExcelJS.Workbook, { summary: s, snapshot, t }: WorkbookOptions) {
  const sheet = wb.addWorksheet(t("xlsx-sheet-missing"));
  setColumns(sheet, [44, 18, 16, 12], [1]);
  headerRow(sheet, [t("xlsx-col-agency"), t("xlsx-col-code"), t("xlsx-col-kind"), t("xlsx-col-days-late")]);
  const agencyName = new Map(snapshot.agencies.map((a) => [a.code, a.name]));
  for (const l of s.late)
    sheet.addRow([agencyName.get(l.agency) ?? l.agency, l.item, t(`xlsx-kind-${l.kind}`), l.daysLate ?? ""]);
}

export async function buildWorkbook(o: WorkbookOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tiendo";
  summarySheet(wb, o);
  agenciesSheet(wb, o);
  reportsSheet(wb, o);
  missingSheet(wb, o);
  for (const sheet of wb.worksheets) finishSheet(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
