// Completeness and timeliness per agency for the period: who is late, at a glance (the agencies
// furthest behind first; a province's hundreds are cut to the first 40, with a count of the rest).
import { periodInWords } from "../../domain/calendar/period-in-words.ts";
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { Translate } from "../../i18n/translator.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import { escape, renderSvgPng, svgOpen, textLines, wrapLabel } from "./svg-parts.ts";

const LIMIT = 40;
const COLOURS = { completeness: "#60a5fa", timeliness: "#15803d", text: "#1f2937", grid: "#e5e7eb" };

export function agenciesChartSvg(o: { summary: Summary; t: Translate; locale: string }): string {
  const { summary: s, t, locale } = o;
  const sorted = [...s.agencies].sort(
    (a, b) =>
      (a.timeliness ?? 0) - (b.timeliness ?? 0) ||
      (a.completeness ?? 0) - (b.completeness ?? 0) ||
      a.name.localeCompare(b.name, "vi"),
  );
  const rows = sorted.slice(0, LIMIT);
  const width = 1200;
  const label = 400;
  const left = label + 20;
  const right = 110;
  const top = 110;
  const rowH = 50;
  const height = top + Math.max(1, rows.length) * rowH + (sorted.length > LIMIT ? 56 : 28);
  const span = width - left - right;
  const x = (ratio: number) => left + span * ratio;
  const parts = [
    svgOpen(width, height),
    `<text x="${width / 2}" y="34" font-size="20" font-weight="bold" text-anchor="middle" fill="${COLOURS.text}">${escape(t("chart-agencies-title", { period: periodInWords(s.period.key, locale) }))}</text>`,
    `<rect x="${left}" y="52" width="16" height="16" fill="${COLOURS.completeness}"/><text x="${left + 22}" y="65" font-size="14" fill="${COLOURS.text}">${escape(t("chart-completeness"))}</text>`,
    `<rect x="${left + 220}" y="52" width="16" height="16" fill="${COLOURS.timeliness}"/><text x="${left + 242}" y="65" font-size="14" fill="${COLOURS.text}">${escape(t("chart-timeliness"))}</text>`,
  ];
  for (const g of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${x(g)}" y1="${top - 10}" x2="${x(g)}" y2="${top + rows.length * rowH}" stroke="${COLOURS.grid}"/>`,
      `<text x="${x(g)}" y="${top - 16}" font-size="12" text-anchor="middle" fill="#6b7280">${escape(formatPercent(g, locale))}</text>`,
    );
  }
  if (rows.length === 0)
    parts.push(
      `<text x="${width / 2}" y="${top + 20}" font-size="15" text-anchor="middle" fill="${COLOURS.text}">${escape(t("chart-no-agencies"))}</text>`,
    );
  rows.forEach((a, i) => {
    const y = top + i * rowH;
    const name = wrapLabel(a.name, { widthPx: label - 10, fontPx: 13, maxLines: 2 });
    const c = a.completeness ?? 0;
    const tl = a.timeliness ?? 0;
    parts.push(
      textLines(name, { x: label, y: y + (name.length > 1 ? 17 : 26), fontPx: 13, anchor: "end" }),
      `<rect x="${left}" y="${y + 6}" width="${Math.max(c > 0 ? 2 : 0, span * c)}" height="16" fill="${COLOURS.completeness}"/>`,
      `<text x="${x(c) + 6}" y="${y + 19}" font-size="12" fill="${COLOURS.text}">${escape(`${a.received}/${a.expected} · ${formatPercent(a.completeness, locale)}`)}</text>`,
      `<rect x="${left}" y="${y + 24}" width="${Math.max(tl > 0 ? 2 : 0, span * tl)}" height="16" fill="${COLOURS.timeliness}"/>`,
      `<text x="${x(tl) + 6}" y="${y + 37}" font-size="12" fill="#14532d">${escape(formatPercent(a.timeliness, locale))}</text>`,
    );
  });
  if (sorted.length > LIMIT)
    parts.push(
      `<text x="${left}" y="${top + rows.length * rowH + 30}" font-size="14" fill="${COLOURS.text}">${escape(t("summary-more", { count: sorted.length - LIMIT }))}</text>`,
    );
  parts.push(`</svg>`);
  return parts.join("\n");
}

export const renderAgenciesChart = (o: { summary: Summary; t: Translate; locale: string }): Buffer =>
  renderSvgPng(agenciesChartSvg(o));
