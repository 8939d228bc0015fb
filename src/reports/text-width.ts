// How wide a line of text is in the report's font, measured with Tinos (bundled from npm,
// metric-compatible with Times New Roman: the same advance widths Word and LibreOffice use).
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const tinosDir = path.dirname(
  createRequire(import.meta.url).resolve("@expo-google-fonts/tinos/package.json"),
);

/** The four Tinos faces: regular, bold, italic, bold italic. */
export const TINOS_FILES = [
  "400Regular/Tinos_400Regular.ttf",
  "700Bold/Tinos_700Bold.ttf",
  "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  "700Bold_Italic/Tinos_700Bold_Italic.ttf",
].map((f) => path.join(tinosDir, f));

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cache = new Map<string, number>();
const UNIT = 100; // measured at 100 px and scaled: one measurement serves every size

/** The width in points of `text` set in Times New Roman (Tinos) at `sizePt`. */
export function textWidthPt(text: string, o: { sizePt: number; bold?: boolean; italic?: boolean }): number {
  const key = `${o.bold ? "b" : ""}${o.italic ? "i" : ""}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    // A trailing dot keeps trailing spaces and side bearings in the box; its width is removed.
    const svg = (s: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${UNIT * (s.length + 2)}" height="${UNIT * 2}">` +
      `<text x="0" y="${UNIT}" font-family="Tinos" font-size="${UNIT}" xml:space="preserve"` +
      `${o.bold ? ' font-weight="bold"' : ""}${o.italic ? ' font-style="italic"' : ""}>${escape(s)}</text></svg>`;
    const measure = (s: string) =>
      new Resvg(svg(s), {
        font: { fontFiles: TINOS_FILES, loadSystemFonts: false, defaultFontFamily: "Tinos" },
      }).getBBox()?.width ?? 0;
    width = (measure(`.${text}.`) - measure("..")) / UNIT;
    cache.set(key, width);
  }
  return width * o.sizePt;
}
