// Item references in the organisation section, resolved to item codes: "Tiểu dự án 4 thuộc dự án
// 5; Nội dung 1, tiểu dự án 1 thuộc dự án 10" → DA5.TDA4, DA10.TDA1.ND1; "nội dung số 02 và nội
// dung số 03 của tiểu dự án 1 thuộc dự án 10" → DA10.TDA1.ND2, DA10.TDA1.ND3; "nội dung thuộc dự
// án 6" → DA6. Diacritics are ignored, so the common "tiêu dự án" reads as "tiểu dự án".
import { fold } from "../replies/normalize.ts";

const TOKEN = /(noi dung(?: so)?|tieu du an|du an)\s*(\d+(?:\s*(?:,|va)\s*\d+)*)/g;

export function itemReferences(sentence: string): string[] {
  const codes: string[] = [];
  let contents: number[] = [];
  let subs: number[] = [];
  for (const m of fold(sentence).matchAll(TOKEN)) {
    const numbers = [...(m[2] ?? "").matchAll(/\d+/g)].map((n) => Number(n[0]));
    if (m[1] === "du an") {
      for (const project of numbers) {
        const bases = subs.length > 0 ? subs.map((s) => `DA${project}.TDA${s}`) : [`DA${project}`];
        for (const base of bases) {
          if (contents.length === 0) codes.push(base);
          else codes.push(...contents.map((c) => `${base}.ND${c}`));
        }
      }
      contents = [];
      subs = [];
    } else if (m[1] === "tieu du an") {
      subs.push(...numbers);
    } else {
      contents.push(...numbers);
    }
  }
  return [...new Set(codes)];
}
