// Budget against disbursement by project: each project by its code and name; a project with no
// budget says so instead of drawing an empty bar.
import { periodInWords } from "../../domain/calendar/period-in-words.ts";
import { formatMillion, vndToMillion } from "../../domain/money.ts";
import type { Summary } from "../../domain/summary/compute-summary.ts";
import type { Translate } from "../../i18n/translator.ts";
import { formatPercent } from "../../domain/format-percent.ts";
import { escape, renderSvgPng, shortTitle, svgOpen, textLines, wrapLabel } from "./svg-parts.ts";

const COLOURS = { allocated: "#93c5fd", disbursed: "#15803d", text: "#1f2937", muted: "#6b7280" };

export function budgetChartSvg(o: { summary: Summary; t: Translate; locale: string }): string {
  const { summary: s, t, locale } = o;
  const rows = s.items.filter((i) => i.level === "project");
  const width = 1200;
  const label = 440; // the code and the name, right-aligned before the bars
  const left = label + 20;
  const right = 200;
  const top = 92;
  const rowH = 66;
  const height = top + rows.length * rowH + 24;
  const max = Math.max(
    1,
    ...rows.flatMap((r) => [vndToMillion(r.allocated.total), vndToMillion(r.disbursed)]),
  );
  const scale = (v: number) => ((width - left - right) * v) / max;
  const parts = [
    svgOpen(width, height),
    `<text x="${width / 2}" y="34" font-size="20" font-weight="bold" text-anchor="middle" fill="${COLOURS.text}">${escape(t("chart-title", { period: periodInWords(s.period.key, locale) }))}</text>`,
    `<rect x="${left}" y="52" width="16" height="16" fill="${COLOURS.allocated}"/><text x="${left + 22}" y="65" font-size="14" fill="${COLOURS.text}">${escape(t("chart-allocated"))}</text>`,
    `<rect x="${left + 200}" y="52" width="16" height="16" fill="${COLOURS.disbursed}"/><text x="${left + 222}" y="65" font-size="14" fill="${COLOURS.text}">${escape(t("chart-disbursed"))}</text>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const name = wrapLabel(shortTitle(r.title), { widthPx: label - 10, fontPx: 13, maxLines: 2 });
    parts.push(
      `<text x="${label}" y="${y + 15}" font-size="15" font-weight="bold" text-anchor="end" fill="${COLOURS.text}">${escape(r.code)}</text>`,
      textLines(name, { x: label, y: y + 33, fontPx: 13, anchor: "end", fill: "#374151" }),
    );
    const a = vndToMillion(r.allocated.total);
    const d = vndToMillion(r.disbursed);
    if (r.allocated.total === 0n) {
      parts.push(
        `<text x="${left + 8}" y="${y + 20}" font-size="14" font-style="italic" fill="${COLOURS.muted}">${escape(t("chart-no-budget"))}</text>`,
      );
    } else {
      parts.push(
        `<rect x="${left}" y="${y + 4}" width="${Math.max(2, scale(a))}" height="20" fill="${COLOURS.allocated}"/>`,
        `<text x="${left + Math.max(2, scale(a)) + 8}" y="${y + 19}" font-size="13" fill="${COLOURS.text}">${escape(formatMillion(r.allocated.total, locale))}</text>`,
      );
    }
    const rate = r.disbursementRate === null ? "" : ` (${formatPercent(r.disbursementRate, locale)})`;
    parts.push(
      `<rect x="${left}" y="${y + 27}" width="${d > 0 ? Math.max(2, scale(d)) : 0}" height="20" fill="${COLOURS.disbursed}"/>`,
      `<text x="${left + (d > 0 ? Math.max(2, scale(d)) : 0) + 8}" y="${y + 42}" font-size="13" fill="#14532d">${escape(formatMillion(r.disbursed, locale) + rate)}</text>`,
      `<line x1="${left}" y1="${y + rowH - 6}" x2="${width - 20}" y2="${y + rowH - 6}" stroke="#f3f4f6"/>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${top + rows.length * rowH - 6}" stroke="#9ca3af"/>`,
    `</svg>`,
  );
  return parts.join("\n");
}

export const renderBudgetChart = (o: { summary: Summary; t: Translate; locale: string }): Buffer =>
  renderSvgPng(budgetChartSvg(o));
