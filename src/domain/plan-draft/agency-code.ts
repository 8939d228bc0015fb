// An agency's code and kind from its name, the way plan files name them: "Phòng Tài chính - Kế
// hoạch" → TCKH (department), "Văn phòng HĐND-UBND" → VP (office), "UBND các xã, phường" →
// UBND-XP (group), "UBND phường Huyền Tụng" → UBND-HT (commune), "MTTQ Việt Nam và …" → MTTQ.
import { fold } from "../replies/normalize.ts";
import type { DraftAgency } from "./draft-types.ts";

const SKIP = new Set(["va", "cac", "cua"]);

const initials = (words: string[]) =>
  words
    .filter((w) => !SKIP.has(w))
    .map((w) => w.charAt(0))
    .join("")
    .toUpperCase();

export function agencyCodeOf(name: string): string {
  const f = fold(name)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\b(?:lien quan|thanh pho|viet nam)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const words = f.split(" ");
  if (/^van phong\b/.test(f)) return "VP";
  const committee = /^(?:uy ban nhan dan|ubnd)\s+(.*)$/.exec(f);
  if (committee) {
    const rest = (committee[1] ?? "").replace(/^(?:phuong|xa|thi tran)\s+(?=\S+\s+\S+)/, "");
    return `UBND-${initials(rest.split(" "))}`;
  }
  const acronym = /^(?:uy ban\s+)?(\p{Lu}{3,})\b/u.exec(name.replace(/^Ủy ban\s+/u, ""));
  if (acronym && !/^(?:PHÒNG|TRUNG|HỘI|CÁC)$/u.test(acronym[1] ?? ""))
    return fold(acronym[1] ?? "").toUpperCase();
  if (words[0] === "phong") return initials(words.slice(1));
  return initials(words);
}

export function agencyKindOf(name: string): DraftAgency["kind"] {
  const f = fold(name);
  if (/^van phong\b/.test(f)) return "office";
  if (/^cac\b|\bcac (?:xa|phuong|phong)\b/.test(f)) return "group";
  if (/^phong\b/.test(f)) return "department";
  if (/^trung tam\b/.test(f)) return "centre";
  if (/^(?:hoi|doan|mttq|mat tran|uy ban mttq)\b|to chuc chinh tri/.test(f)) return "mass-organisation";
  if (/^(?:uy ban nhan dan|ubnd) (?:xa|phuong|thi tran)\b/.test(f)) return "commune";
  return "department";
}
