import { can, type Actor } from "../domain/access/roles.ts";
import { computeSummary } from "../domain/summary/compute-summary.ts";
import type { Translate } from "../i18n/translator.ts";
import { renderChartPng } from "../reports/chart-png.ts";
import { buildWorkbook } from "../reports/export-xlsx.ts";
import { buildReportDocx } from "../reports/report-docx.ts";
import { AppError } from "./app-error.ts";
import { currentPlan } from "./current-plan.ts";
import { loadSummarySnapshot } from "./load-summary-snapshot.ts";
import type { ServiceDeps } from "./service-deps.ts";

export const EXPORT_FORMATS = ["xlsx", "docx", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  periodKey: string;
}

const MIME: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
};

/** The period's summary as a real file: an XLSX workbook, a PNG chart or a DOCX report draft. */
export async function exportPeriod(
  deps: ServiceDeps,
  o: {
    actor: Actor | "system";
    periodKey?: string | undefined;
    format: ExportFormat;
    t: Translate;
    locale: string;
    timezone: string;
  },
): Promise<ExportedFile> {
  if (o.actor !== "system" && (o.actor.role === "focal-point" || !can(o.actor, "agency.list")))
    throw new AppError("forbidden");
  const snapshot = await loadSummarySnapshot(deps, o.periodKey);
  const summary = computeSummary(snapshot);
  const plan = await currentPlan(deps);
  const base = `tiendo-${snapshot.plan.code}-${summary.period.key}`;
  const bytes =
    o.format === "xlsx"
      ? await buildWorkbook({ summary, snapshot, t: o.t, timezone: o.timezone })
      : o.format === "docx"
        ? await buildReportDocx({ summary, snapshot, t: o.t, locale: o.locale, issuer: plan.issuer })
        : renderChartPng({ summary, t: o.t, locale: o.locale });
  return { fileName: `${base}.${o.format}`, mimeType: MIME[o.format], bytes, periodKey: summary.period.key };
}
