// A PNG chart of budget against disbursement by project: an SVG drawn here, rendered by resvg
// with a bundled font that has every Vietnamese glyph (DejaVu Sans, from the npm registry).
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { formatMillion, vndToMillion } from "../domain/money.ts";
import type { Summary } from "../domain/summary/compute-summary.ts";
import type { Translate } from "../i18n/translator.ts";

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
export const CHART_FONTS = [path.join(fontDir, "DejaVuSans.ttf"), path.join(fontDir, "DejaVuSans-Bold.ttf")];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function chartSvg(o: { summary: Summary; t: Translate; locale: string }): string {
  const { summary: s, t, locale } = o;
  const rows = s.items.filter((i) => i.level === "project");
  const width = 960;
  const left = 90;
  const right = 150;
  const top = 80;
  const rowH = 54;
  const height = top + rows.length * rowH + 40;
  const max = Math.max(
    1,
    ...rows.flatMap((r) => [vndToMillion(r.allocated.total), vndToMillion(r.disbursed)]),
  );
  const scale = (v: number) => ((width - left - right) * v) / max;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="32" font-size="18" font-weight="bold" text-anchor="middle" fill="#1f2937">${escape(t("chart-title", { key: s.period.key }))}</text>`,
    `<rect x="${left}" y="48" width="14" height="14" fill="#93c5fd"/><text x="${left + 20}" y="60" font-size="13" fill="#374151">${escape(t("chart-allocated"))}</text>`,
    `<rect x="${left + 170}" y="48" width="14" height="14" fill="#16a34a"/><text x="${left + 190}" y="60" font-size="13" fill="#374151">${escape(t("chart-disbursed"))}</text>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const a = vndToMillion(r.allocated.total);
    const d = vndToMillion(r.disbursed);
    const rate =
      r.disbursementRate === null
        ? ""
        : ` (${Math.round(r.disbursementRate * 1000) / 10}%)`.replace(".", locale === "en" ? "." : ",");
    parts.push(
      `<text x="${left - 10}" y="${y + 22}" font-size="14" font-weight="bold" text-anchor="end" fill="#111827">${escape(r.code)}</text>`,
      `<rect x="${left}" y="${y + 4}" width="${Math.max(1, scale(a))}" height="18" fill="#93c5fd"/>`,
      `<text x="${left + Math.max(1, scale(a)) + 6}" y="${y + 18}" font-size="12" fill="#1f2937">${escape(formatMillion(r.allocated.total, locale))}</text>`,
      `<rect x="${left}" y="${y + 24}" width="${Math.max(d > 0 ? 1 : 0, scale(d))}" height="18" fill="#16a34a"/>`,
      `<text x="${left + Math.max(0, scale(d)) + 6}" y="${y + 38}" font-size="12" fill="#14532d">${escape(formatMillion(r.disbursed, locale) + rate)}</text>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${top + rows.length * rowH}" stroke="#9ca3af"/>`,
    `</svg>`,
  );
  return parts.join("\n");
}

export function renderChartPng(o: { summary: Summary; t: Translate; locale: string }): Buffer {
  const resvg = new Resvg(chartSvg(o), {
    font: { fontFiles: CHART_FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: 1440 },
  });
  return resvg.render().asPng();
}
