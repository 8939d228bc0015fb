// A PDF's text layer → paragraphs. Lines closer than the document's usual line pitch, the first
// reaching the right margin and the next not starting with a marker, are one paragraph; a larger
// gap (paragraph spacing), a short line (a heading, a paragraph's last line) or a marker ends it.
// Across a page break, a full line ending mid-sentence continues on the next page. Each paragraph keeps its first line's page and line.
import { docLine, type DocLine } from "./document-line.ts";
import { markerOf } from "./paragraph-marker.ts";

export interface PdfLine {
  text: string;
  page: number;
  /** Line number on its page, from the top. */
  line: number;
  /** Baseline, from the top of the page. */
  top: number;
  /** Where the line's text ends, from the left of the page. */
  right: number;
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
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const margin = rights[Math.floor(rights.length * 0.9)] ?? 0;
  const out: DocLine[] = [];
  let prev: PdfLine | null = null;
  for (const l of lines) {
    const last = out.at(-1);
    // "… kinh tế" / "- xã hội …": a dash that wrapped to the start of a line is not a bullet.
    const marker = markerOf(l.text);
    const wrappedDash =
      marker.label === "-" && /^\p{Ll}/u.test(marker.rest) && !/[.;:]$/.test(prev?.text ?? ".");
    const full = prev !== null && prev.right >= margin * 0.85 && (marker.kind === "none" || wrappedDash);
    const sameParagraph =
      full &&
      prev !== null &&
      last !== undefined &&
      prev.bold === l.bold &&
      (prev.page === l.page ? l.top - prev.top <= pitch * 1.2 : /[\p{Ll},]$/u.test(prev.text));
    // "45/QĐ-" / "TTg": a hyphen inside a word joins without a space.
    if (sameParagraph)
      out[out.length - 1] = {
        ...last,
        text: /\S-$/.test(last.text) ? `${last.text}${l.text}` : `${last.text} ${l.text}`,
      };
    else out.push(docLine(l.text, l.line, { source: { line: l.line, page: l.page }, bold: l.bold }));
    prev = l;
  }
  return out;
}
