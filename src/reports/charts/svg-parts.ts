// What the charts share: the bundled font (DejaVu Sans, every Vietnamese glyph, from npm),
// escaping, wrapping a label into lines, and rendering an SVG to PNG with resvg.
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
export const CHART_FONTS = [path.join(fontDir, "DejaVuSans.ttf"), path.join(fontDir, "DejaVuSans-Bold.ttf")];

export const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** DejaVu Sans averages a little under 0.6 em a character in Vietnamese text. */
const EM_PER_CHAR = 0.58;

/**
 * `value` in at most `maxLines` lines of `widthPx` at `fontPx`, broken between words; what does
 * not fit ends the last line with "…".
 */
export function wrapLabel(value: string, o: { widthPx: number; fontPx: number; maxLines: number }): string[] {
  const perLine = Math.max(8, Math.floor(o.widthPx / (o.fontPx * EM_PER_CHAR)));
  const lines: string[] = [];
  let current = "";
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine || current === "") current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= o.maxLines) return lines;
  const kept = lines.slice(0, o.maxLines);
  const last = kept[o.maxLines - 1] ?? "";
  kept[o.maxLines - 1] =
    `${last.length + 1 > perLine ? last.slice(0, perLine - 1).replace(/\s+\S*$/, "") : last}…`;
  return kept;
}

/** A project's title without the "Dự án 4:" prefix its code already says. */
export const shortTitle = (title: string) =>
  title.replace(/^(dự án|tiểu dự án|nội dung số|nội dung)\s+[\p{L}\p{N}.]+\s*:\s*/iu, "").trim() || title;

/** Multi-line text: one <tspan> a line. */
export function textLines(
  lines: string[],
  o: {
    x: number;
    y: number;
    fontPx: number;
    anchor?: "start" | "end" | "middle";
    fill?: string;
    weight?: "bold";
  },
): string {
  const spans = lines
    .map((l, i) => `<tspan x="${o.x}" dy="${i === 0 ? 0 : Math.round(o.fontPx * 1.25)}">${escape(l)}</tspan>`)
    .join("");
  return `<text x="${o.x}" y="${o.y}" font-size="${o.fontPx}" text-anchor="${o.anchor ?? "start"}" fill="${o.fill ?? "#111827"}"${o.weight ? ` font-weight="${o.weight}"` : ""}>${spans}</text>`;
}

export const svgOpen = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans"><rect width="100%" height="100%" fill="#ffffff"/>`;

export function renderSvgPng(svg: string, widthPx = 1600): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: CHART_FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: widthPx },
  });
  return resvg.render().asPng();
}
