import type { Caller } from "../domain/access/roles.ts";
import type { Translate } from "../i18n/translator.ts";
import { renderChartPng } from "../reports/chart-png.ts";
import { buildWorkbook } from "../reports/export-xlsx.ts";
import { buildReportDocx } from "../reports/report-docx.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { summarizePlan } from "./summarize-plan.ts";

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

/**
 * The period's summary as real files (an XLSX workbook, a PNG chart, a DOCX report draft), all
 * from one snapshot. Leaders, the standing office and admins only ("system": the CLI).
 */
export async function exportPeriod(
  deps: ServiceDeps,
  o: {
    actor: Caller;
    periodKey?: string | undefined;
    formats: ExportFormat[];
    t: Translate;
    locale: string;
    timezone: string;
  },
): Promise<ExportedFile[]> {
  const { summary, snapshot } = await summarizePlan(deps, { actor: o.actor, periodKey: o.periodKey });
  const base = `tiendo-${snapshot.plan.code}-${summary.period.key}`;
  const build = (format: ExportFormat): Promise<Buffer> | Buffer =>
    format === "xlsx"
      ? buildWorkbook({ summary, snapshot, t: o.t, timezone: o.timezone })
      : format === "docx"
        ? buildReportDocx({ summary, snapshot, t: o.t, locale: o.locale, issuer: snapshot.plan.issuer })
        : renderChartPng({ summary, t: o.t, locale: o.locale });
  const files: ExportedFile[] = [];
  for (const format of o.formats) {
    files.push({
      fileName: `${base}.${format}`,
      mimeType: MIME[format],
      bytes: await build(format),
      periodKey: summary.period.key,
    });
  }
  return files;
}
