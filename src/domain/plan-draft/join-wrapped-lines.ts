// Text taken from a printed page wraps mid-sentence: "… kỹ năng," / "nghiệp vụ cho cán bộ …".
// A paragraph that ends without closing punctuation (on a lower-case letter or a comma) and is
// followed by one that starts without a marker is the same paragraph.
import type { DocLine } from "./document-line.ts";
import { markerOf } from "./paragraph-marker.ts";

export function joinWrappedLines(lines: DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && continues(prev, line)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}`, bold: prev.bold && line.bold };
    } else {
      out.push(line);
    }
  }
  return out;
}

function continues(prev: DocLine, next: DocLine): boolean {
  if (prev.heading !== null || next.heading !== null || next.bullet) return false;
  if (prev.bold !== next.bold) return false;
  if (!/[\p{Ll},]$/u.test(prev.text)) return false;
  if (prev.text.endsWith(",") && !/^\p{Ll}/u.test(next.text)) return false;
  return markerOf(next.text).kind === "none";
}
