// Reads a plan document into paragraphs: .docx with mammoth (headings, bold, Word lists), .pdf
// with pdfjs-dist's text layer (a scanned PDF has none and is refused), .txt and .md as text.
import path from "node:path";
import mammoth from "mammoth";
import type { DocLine, DocumentKind } from "../../domain/plan-draft/document-line.ts";
import { linesFromHtml } from "../../domain/plan-draft/lines-from-html.ts";
import { linesFromPdf, type PdfLine } from "../../domain/plan-draft/lines-from-pdf.ts";
import { linesFromText } from "../../domain/plan-draft/lines-from-text.ts";

export type DocumentText =
  | { ok: true; kind: DocumentKind; lines: DocLine[] }
  | {
      ok: false;
      reason: "unsupported-type" | "scanned-pdf" | "unreadable-file" | "empty";
      kind: DocumentKind | null;
    };

export interface DocumentInput {
  bytes: Uint8Array;
  fileName: string;
}

export function documentKindOf(fileName: string): DocumentKind | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === ".docx") return "docx";
  if (ext === ".pdf") return "pdf";
  if (ext === ".txt" || ext === ".md") return "text";
  return null;
}

export async function readDocumentText({ bytes, fileName }: DocumentInput): Promise<DocumentText> {
  const kind = documentKindOf(fileName);
  if (kind === null) return { ok: false, reason: "unsupported-type", kind };
  let lines: DocLine[];
  try {
    if (kind === "docx") {
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      lines = linesFromHtml(value);
    } else if (kind === "pdf") {
      const pdf = await pdfLines(bytes);
      if (pdf === null) return { ok: false, reason: "scanned-pdf", kind };
      lines = linesFromPdf(pdf);
    } else {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      lines = linesFromText(text.replace(/^\uFEFF/, ""));
    }
  } catch {
    return { ok: false, reason: "unreadable-file", kind };
  }
  if (lines.length === 0) return { ok: false, reason: "empty", kind };
  return { ok: true, kind, lines };
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** pdfjs-dist 6 uses Promise.withResolvers (Node ≥ 22); Node 20 lacks it. */
function polyfillPromiseWithResolvers(): void {
  if ("withResolvers" in Promise) return;
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** The text layer's lines, top to bottom on each page; null when the PDF has (almost) no text. */
async function pdfLines(bytes: Uint8Array): Promise<PdfLine[] | null> {
  polyfillPromiseWithResolvers();
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const out: PdfLine[] = [];
  let characters = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem & typeof i => "str" in i);
      const height = page.view[3] ?? 0;
      const rows: { top: number; parts: { x: number; end: number; str: string }[] }[] = [];
      for (const item of items) {
        if (item.str === "") continue;
        const top = height - (item.transform[5] ?? 0);
        const x = item.transform[4] ?? 0;
        let row = rows.find((r) => Math.abs(r.top - top) <= Math.max(2, item.height * 0.4));
        if (row === undefined) {
          row = { top, parts: [] };
          rows.push(row);
        }
        row.parts.push({ x, end: x + item.width, str: item.str });
      }
      rows.sort((a, b) => a.top - b.top);
      let n = 0;
      for (const row of rows) {
        row.parts.sort((a, b) => a.x - b.x);
        let text = "";
        let end = -Infinity;
        for (const part of row.parts) {
          text += part.x - end > 1 && !/\s$/.test(text) && text !== "" ? ` ${part.str}` : part.str;
          end = part.end;
        }
        text = text.replace(/\s+/g, " ").trim();
        if (text === "") continue;
        characters += text.length;
        n += 1;
        // pdfjs-dist 6 under Node 20 never resolves font objects, so the weight is not known:
        // the parser reads structure from numbering and wording, bold is only a hint.
        out.push({ text, page: p, line: n, top: row.top, right: end, bold: false });
      }
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return characters < 20 * Math.max(1, doc.numPages) ? null : out;
}
