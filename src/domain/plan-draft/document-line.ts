// A document as the draft reads it: paragraphs in order, each with where it was read and the
// structure the document itself marks (heading level, whole-paragraph bold, list bullet).

/** Where a value was read: a line of a text file, a paragraph of a DOCX, a line of a PDF page. */
export interface SourceRef {
  line: number;
  page: number | null;
}

export type DocumentKind = "text" | "docx" | "pdf";

export interface DocLine {
  /** Plain text, markup removed, single spaces. */
  text: string;
  source: SourceRef;
  /** Heading level (1–6) when the document marks the paragraph as a heading. */
  heading: number | null;
  /** The whole paragraph is bold. */
  bold: boolean;
  /** A list item the document marks as a bullet (Word list, "- " in text). */
  bullet: boolean;
}

export const docLine = (text: string, line: number, hints: Partial<Omit<DocLine, "text">> = {}): DocLine => ({
  text,
  source: hints.source ?? { line, page: null },
  heading: hints.heading ?? null,
  bold: hints.bold ?? false,
  bullet: hints.bullet ?? false,
});
