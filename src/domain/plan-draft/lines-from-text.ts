// A .txt or .md document as paragraphs: blank lines separate paragraphs, a list marker starts a
// new one; Markdown headings (#), bold (**…**), italics (*…*) and escapes (\*) become hints.
import { docLine, type DocLine } from "./document-line.ts";

const LIST_START = /^\s*(?:[-+•]\s|\\?\*\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][),]\s)/;

export function linesFromText(text: string): DocLine[] {
  const out: DocLine[] = [];
  let block: { raw: string; line: number } | null = null;
  const flush = () => {
    if (block !== null) {
      const line = paragraphFromMarkdown(block.raw, block.line);
      if (line !== null) out.push(line);
    }
    block = null;
  };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return flush();
    if (block === null || LIST_START.test(raw) || /^\s*#/.test(raw)) {
      flush();
      block = { raw, line };
    } else {
      block.raw += `\n${raw}`;
    }
  });
  flush();
  return out;
}

function paragraphFromMarkdown(raw: string, line: number): DocLine | null {
  let text = raw.replace(/ {2,}\n/g, "\n").replace(/\s*\n\s*/g, " ");
  let heading: number | null = null;
  const h = /^\s*(#{1,6})\s+(.*)$/.exec(text);
  if (h) {
    heading = (h[1] ?? "").length;
    text = h[2] ?? "";
  }
  let bullet = false;
  const b = /^\s*[-+•]\s+(.*)$/.exec(text);
  if (b) {
    bullet = true;
    text = b[1] ?? "";
  }
  const plain = stripInline(text);
  if (plain === "") return null;
  const bold = isWhollyBold(text);
  return docLine(bullet ? `- ${plain}` : plain, line, { heading, bold, bullet });
}

/** "**a** *b* \\* c" → "a b * c". */
function stripInline(text: string): string {
  return text
    .replace(/\\\*/g, "\uE000")
    .replace(/\\([_#\\-])/g, "$1")
    .replace(/\*+/g, "")
    .replace(/\uE000/g, "*")
    .replace(/\s+/g, " ")
    .trim();
}

function isWhollyBold(text: string): boolean {
  const t = text.replace(/\\\*/g, "x").trim();
  return /^\*{2,3}[^*].*\*{2,3}$/.test(t) && !/\*\*\s*\S.*\S\s*\*\*.+\*\*/.test(t.slice(2, -2));
}
