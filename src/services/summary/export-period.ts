import type { Caller } from "../../domain/access/roles.ts";
import {
  parseReportSettings,
  resolveReportSigning,
  type ReportSigning,
} from "../../domain/plan/report-settings.ts";
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../../domain/summary/summary-types.ts";
import type { Translate } from "../../i18n/translator.ts";
import { renderAgenciesChart } from "../../reports/charts/agencies-chart.ts";
import { renderBudgetChart } from "../../reports/charts/budget-chart.ts";
import { renderTrendChart, type TrendPoint } from "../../reports/charts/trend-chart.ts";
import { convertWithOffice } from "../../reports/convert-with-office.ts";
import { buildWorkbook } from "../../reports/export-xlsx.ts";
import { buildReportDocx } from "../../reports/report-docx.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import { planAgencies } from "../plan/plan-agencies.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { compareWithPreviousYear } from "./compare-with-previous-year.ts";
import { summarizePlan } from "./summarize-plan.ts";

/**
 * What can be exported: the workbook, the report draft (Word) and its PDF, and three charts
 * (budget and disbursement by project, reporting by agency, disbursement over the periods).
 */
export const EXPORT_FORMATS = ["xlsx", "docx", "pdf", "png", "png-agencies", "png-trend"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  format: ExportFormat;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  periodKey: string;
}

export interface ExportResult {
  files: ExportedFile[];
  /** Localised sentences for what could not be made (the PDF without LibreOffice), to show as they are. */
  notices: string[];
}

const MIME: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  png: "image/png",
  "png-agencies": "image/png",
  "png-trend": "image/png",
};
const SUFFIX: Record<ExportFormat, string> = {
  xlsx: ".xlsx",
  docx: ".docx",
  pdf: ".pdf",
  png: ".png",
  "png-agencies": "-agencies.png",
  "png-trend": "-trend.png",
};

export interface ExportOptions {
  actor: Caller;
  periodKey?: string | undefined;
  /** Default: the only active plan. */
  planCode?: string | undefined;
  formats: ExportFormat[];
  t: Translate;
  locale: string;
  timezone: string;
  /** The LibreOffice executable for the PDF (default: `soffice` on the PATH). */
  soffice?: string;
}

/** Who issues and signs the report: the plan's settings, the standing office by default. */
async function reportSigning(deps: ServiceDeps, planCode: string): Promise<ReportSigning> {
  const plan = await resolvePlan(deps, planCode);
  const office = (await planAgencies(deps.db, plan.id)).find((a) => a.isStandingOffice) ?? null;
  return resolveReportSigning({
    settings: parseReportSettings(plan.reportSettings),
    planIssuer: plan.issuer,
    standingOffice: office,
  });
}

/** Cumulative disbursement at each period of the exported period's schedule, up to it. */
async function trendPoints(deps: ServiceDeps, o: ExportOptions, s: Summary): Promise<TrendPoint[]> {
  const plan = await resolvePlan(deps, o.planCode);
  const current = await deps.db.reportingPeriod.findFirst({ where: { planId: plan.id, key: s.period.key } });
  if (current === null) return [];
  const periods = await deps.db.reportingPeriod.findMany({
    where: { planId: plan.id, calendarId: current.calendarId, dueAt: { lte: current.dueAt } },
    orderBy: { dueAt: "asc" },
    select: { key: true },
  });
  const points: TrendPoint[] = [];
  for (const p of periods) {
    const { summary } =
      p.key === s.period.key
        ? { summary: s }
        : await summarizePlan(deps, { actor: o.actor, periodKey: p.key, planCode: plan.code });
    points.push({ key: p.key, disbursed: summary.disbursed, received: summary.received });
  }
  return points;
}

/**
 * The period's summary as real files, all from one snapshot. The PDF is the DOCX converted by
 * LibreOffice; without LibreOffice there is no PDF and a notice says why (the DOCX is unaffected).
 * Leaders, the standing office and admins only ("system": the CLI).
 */
export async function exportPeriodFiles(deps: ServiceDeps, o: ExportOptions): Promise<ExportResult> {
  const { summary, snapshot } = await summarizePlan(deps, {
    actor: o.actor,
    periodKey: o.periodKey,
    planCode: o.planCode,
  });
  const base = `tiendo-${snapshot.plan.code}-${summary.period.key}`;
  const needsDocx = o.formats.includes("docx") || o.formats.includes("pdf");
  const docx = needsDocx ? await buildDocx(deps, o, summary, snapshot) : null;
  const files: ExportedFile[] = [];
  const notices: string[] = [];
  for (const format of o.formats) {
    const bytes = await build(format);
    if (bytes === null) continue;
    files.push({
      format,
      fileName: `${base}${SUFFIX[format]}`,
      mimeType: MIME[format],
      bytes,
      periodKey: summary.period.key,
    });
  }
  return { files, notices };

  async function build(format: ExportFormat): Promise<Buffer | null> {
    const chart = { summary, t: o.t, locale: o.locale };
    switch (format) {
      case "xlsx":
        return buildWorkbook({ summary, snapshot, t: o.t, locale: o.locale, timezone: o.timezone });
      case "docx":
        return docx;
      case "pdf": {
        const pdf = await convertWithOffice(docx ?? Buffer.alloc(0), {
          from: "docx",
          ...(o.soffice ? { soffice: o.soffice } : {}),
        });
        if (pdf.ok) return pdf.bytes;
        notices.push(o.t(pdf.reason === "unavailable" ? "export-pdf-unavailable" : "export-pdf-failed"));
        return null;
      }
      case "png":
        return renderBudgetChart(chart);
      case "png-agencies":
        return renderAgenciesChart(chart);
      case "png-trend":
        return renderTrendChart({
          points: await trendPoints(deps, o, summary),
          allocated: summary.allocated.total,
          year: snapshot.plan.year,
          t: o.t,
          locale: o.locale,
        });
    }
  }
}

async function buildDocx(deps: ServiceDeps, o: ExportOptions, summary: Summary, snapshot: SummarySnapshot) {
  const yearOverYear = await compareWithPreviousYear(deps, {
    actor: o.actor,
    planId: snapshot.plan.id,
    asOf: summary.asOf,
  });
  return buildReportDocx({
    summary,
    snapshot,
    t: o.t,
    locale: o.locale,
    signing: await reportSigning(deps, snapshot.plan.code),
    yearOverYear,
  });
}

/** The files only, in the order of `formats` (a format that could not be made is left out). */
export async function exportPeriod(deps: ServiceDeps, o: ExportOptions): Promise<ExportedFile[]> {
  return (await exportPeriodFiles(deps, o)).files;
}
