// A PDF's text layer → paragraphs. Lines closer than the document's usual line pitch, the next
// not starting with a marker and of the same weight, are one paragraph; a larger gap (paragraph
// spacing) or a marker starts a new one. Each paragraph keeps its first line's page and line.
import { docLine, type DocLine } from "./document-line.ts";
import { markerOf } from "./paragraph-marker.ts";

export interface PdfLine {
  text: string;
  page: number;
  /** Line number on its page, from the top. */
  line: number;
  /** Baseline, from the top of the page. */
  top: number;
  bold: boolean;
}

export function linesFromPdf(lines: PdfLine[]): DocLine[] {
  const gaps: number[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev !== undefined && prev.page === l.page && l.top > prev.top) gaps.push(l.top - prev.top);
  });
  gaps.sort((a, b) => a - b);
  const pitch = gaps[Math.floor(gaps.length * 0.1)] ?? 0;
  const out: DocLine[] = [];
  let prev: PdfLine | null = null;
  for (const l of lines) {
    const last = out.at(-1);
    const sameParagraph =
      prev !== null &&
      last !== undefined &&
      prev.page === l.page &&
      l.top - prev.top <= pitch * 1.2 &&
      prev.bold === l.bold &&
      markerOf(l.text).kind === "none";
    if (sameParagraph) out[out.length - 1] = { ...last, text: `${last.text} ${l.text}` };
    else out.push(docLine(l.text, l.line, { source: { line: l.line, page: l.page }, bold: l.bold }));
    prev = l;
  }
  return out;
}
