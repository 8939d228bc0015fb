// A plan document as Word writes it, made with the `docx` library from the text form: headings as
// Word headings, bullets as a Word list (the fixtures' generator and the chat tests use it).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { joinWrappedLines } from "../../src/domain/plan-draft/join-wrapped-lines.ts";
import { linesFromText } from "../../src/domain/plan-draft/lines-from-text.ts";

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

export async function planDocx(text: string): Promise<Buffer> {
  const paragraphs = joinWrappedLines(linesFromText(text)).map((line) => {
    const bulleted = line.bullet && line.text.startsWith("- ");
    const run = new TextRun({
      text: bulleted ? line.text.slice(2) : line.text,
      bold: line.bold,
      font: "Times New Roman",
      size: 26,
    });
    return new Paragraph({
      children: [run],
      spacing: { after: 160 },
      ...(line.heading !== null ? { heading: HEADINGS[Math.min(line.heading, 6) - 1] } : {}),
      ...(bulleted ? { bullet: { level: 0 } } : {}),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}
