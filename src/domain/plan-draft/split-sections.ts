// The parts of an administrative plan: the head (number, date, title), the sections numbered
// I, II, III … (only some carry plan data), and the closing (Nơi nhận, signature).
import { fold } from "../replies/normalize.ts";
import type { DocLine } from "./document-line.ts";
import { markerOf } from "./paragraph-marker.ts";

export type SectionKind = "content" | "funding" | "organisation" | "other";

export interface Section {
  kind: SectionKind;
  heading: DocLine;
  title: string;
  lines: DocLine[];
}

export interface DocumentParts {
  head: DocLine[];
  sections: Section[];
  closing: DocLine[];
}

function kindOf(title: string): SectionKind {
  const f = fold(title);
  if (/noi dung thuc hien|nhiem vu thuc hien|noi dung ke hoach/.test(f)) return "content";
  if (/kinh phi|nguon von/.test(f)) return "funding";
  if (/to chuc thuc hien/.test(f)) return "organisation";
  return "other";
}

export function splitSections(lines: DocLine[]): DocumentParts {
  const parts: DocumentParts = { head: [], sections: [], closing: [] };
  let closing = false;
  for (const line of lines) {
    const marker = markerOf(line.text);
    if (closing) parts.closing.push(line);
    else if (marker.kind === "roman") {
      parts.sections.push({ kind: kindOf(marker.rest), heading: line, title: marker.rest, lines: [] });
    } else if (parts.sections.length === 0) parts.head.push(line);
    else if (/^(tren day la|noi nhan)\b/.test(fold(line.text))) {
      closing = true;
      parts.closing.push(line);
    } else parts.sections.at(-1)?.lines.push(line);
  }
  return parts;
}
