// The period's workbook: a summary sheet, every report with its revisions, the missing reports.
// Money in million VND with Vietnamese number formats; wall-clock times in the plan's time zone.
import ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { vndToMillion } from "../domain/money.ts";
import type { Summary } from "../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../domain/summary/summary-types.ts";
import type { Translate } from "../i18n/translator.ts";

const MONEY = "#,##0.###";
const PERCENT = "0.0%";

function header(sheet: ExcelJS.Worksheet, titles: string[]) {
  const row = sheet.addRow(titles);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  sheet.views = [{ state: "frozen", ySplit: sheet.rowCount }];
}

export async function buildWorkbook(o: {
  summary: Summary;
  snapshot: SummarySnapshot;
  t: Translate;
  timezone: string;
}): Promise<Buffer> {
  const { summary: s, snapshot, t } = o;
  const wb = new ExcelJS.Workbook();
  wb.creator = "tiendo";
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: o.timezone }).toFormat("yyyy-LL-dd HH:mm");

  // Sheet 1: summary by project and sub-project.
  const sum = wb.addWorksheet(t("xlsx-sheet-summary"));
  sum.addRow([snapshot.plan.title]).font = { bold: true, size: 13 };
  sum.addRow([t("xlsx-period", { period: s.period.label, key: s.period.key, date: s.period.dueDate })]);
  sum.addRow([t("xlsx-completeness"), s.completeness ?? 0, t("xlsx-timeliness"), s.timeliness ?? 0]);
  sum.addRow([]);
  header(sum, [
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
  for (const i of s.items) {
    const row = sum.addRow([
      i.code,
      i.title,
      vndToMillion(i.allocated.investment),
      vndToMillion(i.allocated.recurrent),
      vndToMillion(i.allocated.total),
      vndToMillion(i.disbursed),
      i.disbursementRate,
      i.progressPct === null ? null : i.progressPct / 100,
      i.status ? t(`status-${i.status}`) : "",
    ]);
    if (i.level === "project") row.font = { bold: true };
  }
  const total = sum.addRow([
    "",
    t("xlsx-total"),
    vndToMillion(s.allocated.investment),
    vndToMillion(s.allocated.recurrent),
    vndToMillion(s.allocated.total),
    vndToMillion(s.disbursed),
    s.disbursementRate,
    null,
    "",
  ]);
  total.font = { bold: true };
  for (const c of ["C", "D", "E", "F"]) sum.getColumn(c).numFmt = MONEY;
  for (const c of ["G", "H"]) sum.getColumn(c).numFmt = PERCENT;
  sum.getCell("B3").numFmt = PERCENT;
  sum.getCell("D3").numFmt = PERCENT;
  sum.getColumn("A").width = 16;
  sum.getColumn("B").width = 60;
  for (const c of ["C", "D", "E", "F", "G", "H", "I"]) sum.getColumn(c).width = 14;

  // Sheet 2: every report, every revision.
  const reports = wb.addWorksheet(t("xlsx-sheet-reports"));
  header(reports, [
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
  for (const r of snapshot.reports.filter((x) => x.periodKey === s.period.key)) {
    const a = assignmentOf.get(r.assignmentId);
    for (const v of r.revisions) {
      reports.addRow([
        a?.agencyCode ?? "",
        a?.itemCode ?? "",
        r.periodKey,
        r.reference,
        v.number,
        local(v.submittedAt),
        v.late ? t("xlsx-yes") : "",
        t(`status-${v.status}`),
        v.progressPermille === null ? null : v.progressPermille / 1000,
        v.disbursedTotalVnd === null ? null : vndToMillion(v.disbursedTotalVnd),
        v.results ?? "",
        v.obstacles ?? "",
        v.proposals ?? "",
      ]);
    }
  }
  reports.getColumn(9).numFmt = PERCENT;
  reports.getColumn(10).numFmt = MONEY;
  for (const [i, w] of [12, 16, 10, 14, 8, 17, 8, 14, 10, 12, 40, 40, 40].entries())
    reports.getColumn(i + 1).width = w;

  // Sheet 3: missing reports.
  const missing = wb.addWorksheet(t("xlsx-sheet-missing"));
  header(missing, [t("xlsx-col-agency"), t("xlsx-col-code"), t("xlsx-col-kind"), t("xlsx-col-days-late")]);
  const agencyName = new Map(snapshot.agencies.map((a) => [a.code, a.name]));
  for (const l of s.late) {
    missing.addRow([
      `${l.agency} · ${agencyName.get(l.agency) ?? ""}`,
      l.item,
      t(`xlsx-kind-${l.kind}`),
      l.daysLate,
    ]);
  }
  missing.getColumn(1).width = 50;
  missing.getColumn(2).width = 16;
  missing.getColumn(3).width = 16;
  missing.getColumn(4).width = 12;

  // Printed on A4 landscape, one page wide.
  for (const sheet of wb.worksheets) {
    sheet.pageSetup = {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
