// A DOCX as mammoth renders it (simple, well-formed HTML) → paragraphs: <h1>–<h6> give the heading
// level, <strong> around the whole paragraph gives bold, <ul><li> a bullet, <ol><li> the number
// Word would print ("2.1.").
import { docLine, type DocLine } from "./document-line.ts";

const TAG = /<(\/?)(h[1-6]|p|li|ul|ol|td|strong|b|br)\b[^>]*?(\/?)>/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith("#x")
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? m),
    );

export function linesFromHtml(html: string): DocLine[] {
  const out: DocLine[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let block: { heading: number | null; item: { ordered: boolean; label: string } | null } | null = null;
  let text = "";
  let boldText = "";
  let bold = 0;
  let last = 0;
  const flush = () => {
    const plain = decode(text).replace(/\s+/g, " ").trim();
    if (block !== null && plain !== "") {
      const wholeBold = decode(boldText).replace(/\s+/g, "") === plain.replace(/\s+/g, "");
      const startsMarked = /^(\d+(\.\d+)*\.?|[-+•*–●])\s/.test(plain);
      const prefix =
        block.item === null || startsMarked ? "" : block.item.ordered ? `${block.item.label} ` : "- ";
      out.push(
        docLine(`${prefix}${plain}`, out.length + 1, {
          heading: block.heading,
          bold: wholeBold,
          bullet: block.item !== null && !block.item.ordered,
        }),
      );
    }
    text = "";
    boldText = "";
  };
  for (const m of html.matchAll(TAG)) {
    const chunk = html.slice(last, m.index);
    text += chunk;
    if (bold > 0) boldText += chunk;
    last = m.index + m[0].length;
    const [, closing, tag = ""] = m;
    if (tag === "strong" || tag === "b") {
      bold += closing ? -1 : 1;
    } else if (tag === "br") {
      text += " ";
    } else if (tag === "ul" || tag === "ol") {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", count: 0 });
    } else if (closing) {
      flush();
      block = null;
    } else {
      flush();
      const list = lists.at(-1);
      let item: { ordered: boolean; label: string } | null = null;
      if (tag === "li" && list !== undefined) {
        list.count += 1;
        item = { ordered: list.ordered, label: `${lists.map((l) => l.count).join(".")}.` };
      }
      block = { heading: /^h\d$/.test(tag) ? Number(tag.slice(1)) : null, item };
    }
  }
  flush();
  return out;
}
