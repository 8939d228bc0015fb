// Cumulative disbursement over the year's periods (one bar a period, up to the exported one),
// against the year's budget as a dashed line.
import { periodInWords } from "../../domain/calendar/period-in-words.ts";
import { formatMillion, vndToMillion } from "../../domain/money.ts";
import type { Translate } from "../../i18n/translator.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import { escape, renderSvgPng, svgOpen, textLines, wrapLabel } from "./svg-parts.ts";

export interface TrendPoint {
  key: string;
  disbursed: bigint;
  /** Reports received for the period (0: nothing to show yet). */
  received: number;
}

export interface TrendChartOptions {
  points: TrendPoint[];
  allocated: bigint;
  year: number;
  t: Translate;
  locale: string;
}

export function trendChartSvg(o: TrendChartOptions): string {
  const { points, t, locale } = o;
  const width = 1200;
  const left = 110;
  const right = 40;
  const top = 100;
  const plot = 420;
  const height = top + plot + 90;
  const max = Math.max(1, vndToMillion(o.allocated), ...points.map((p) => vndToMillion(p.disbursed))) * 1.08;
  const y = (v: number) => top + plot - (plot * v) / max;
  const slot = (width - left - right) / Math.max(1, points.length);
  const bar = Math.min(140, slot * 0.5);
  const parts = [
    svgOpen(width, height),
    `<text x="${width / 2}" y="34" font-size="20" font-weight="bold" text-anchor="middle" fill="#1f2937">${escape(t("chart-trend-title", { year: String(o.year) }))}</text>`,
  ];
  for (let g = 0; g <= 4; g++) {
    const v = (max / 1.08) * (g / 4);
    parts.push(
      `<line x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}" stroke="#e5e7eb"/>`,
      `<text x="${left - 10}" y="${y(v) + 4}" font-size="12" text-anchor="end" fill="#6b7280">${escape(formatMillion(BigInt(Math.round(v)) * 1_000_000n, locale))}</text>`,
    );
  }
  if (o.allocated > 0n) {
    const ya = y(vndToMillion(o.allocated));
    parts.push(
      `<line x1="${left}" y1="${ya}" x2="${width - right}" y2="${ya}" stroke="#1d4ed8" stroke-width="2" stroke-dasharray="8 6"/>`,
      `<text x="${width - right}" y="${ya - 8}" font-size="13" text-anchor="end" fill="#1d4ed8">${escape(t("chart-trend-plan", { amount: formatMillion(o.allocated, locale) }))}</text>`,
    );
  }
  points.forEach((p, i) => {
    const cx = left + slot * i + slot / 2;
    const d = vndToMillion(p.disbursed);
    const rate =
      o.allocated > 0n ? ` (${formatPercent(Number(p.disbursed) / Number(o.allocated), locale)})` : "";
    if (p.received === 0) {
      parts.push(
        `<text x="${cx}" y="${top + plot - 10}" font-size="13" font-style="italic" text-anchor="middle" fill="#6b7280">${escape(t("chart-trend-no-report"))}</text>`,
      );
    } else {
      parts.push(
        `<rect x="${cx - bar / 2}" y="${y(d)}" width="${bar}" height="${top + plot - y(d)}" fill="#15803d"/>`,
        `<text x="${cx}" y="${y(d) - 8}" font-size="13" text-anchor="middle" fill="#14532d">${escape(formatMillion(p.disbursed, locale) + rate)}</text>`,
      );
    }
    const label = wrapLabel(periodInWords(p.key, locale), { widthPx: slot - 10, fontPx: 14, maxLines: 2 });
    parts.push(textLines(label, { x: cx, y: top + plot + 26, fontPx: 14, anchor: "middle" }));
  });
  parts.push(
    `<line x1="${left}" y1="${top + plot}" x2="${width - right}" y2="${top + plot}" stroke="#9ca3af"/>`,
    `</svg>`,
  );
  return parts.join("\n");
}

export const renderTrendChart = (o: TrendChartOptions): Buffer => renderSvgPng(trendChartSvg(o));
