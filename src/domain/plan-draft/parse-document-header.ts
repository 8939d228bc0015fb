// The document's own identity: number ("Số: 12/KH-UBND"), date ("ngày 15 tháng 01 năm 2024", the
// day may be left blank), title ("KẾ HOẠCH" + the line after it), issuer ("UBND … ban hành Kế
// hoạch …") and signer (the "TM. … / KT. …" block and the name under it).
import { fold } from "../replies/normalize.ts";
import type { DocLine } from "./document-line.ts";
import type { DraftMeta, DraftText } from "./draft-types.ts";
import { trimEnd } from "./paragraph-marker.ts";

const text = (value: string, line: DocLine): DraftText => ({ value, source: line.source, doubt: null });
const PLACE = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu;

export function parseDocumentHeader(head: DocLine[], body: DocLine[], closing: DocLine[]): DraftMeta {
  const meta: DraftMeta = {
    code: null,
    title: null,
    year: null,
    number: null,
    date: null,
    issuer: null,
    signer: null,
    program: null,
  };
  head.forEach((line, i) => {
    const f = fold(line.text);
    const number = /^so\s*:?\s*(.*)$/.exec(f);
    if (meta.number === null && number && /\/|-/.test(line.text)) {
      const value = line.text.replace(/^\S+\s*:?\s*/, "").trim();
      if (value !== "") meta.number = text(value, line);
    }
    const date = /ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(f);
    if (meta.date === null && date) {
      const [, day, month, year] = date;
      const iso = `${year}-${String(month).padStart(2, "0")}${day ? `-${day.padStart(2, "0")}` : ""}`;
      meta.date = {
        value: iso,
        source: line.source,
        doubt: day ? null : { reason: "date-without-day", quote: line.text },
      };
    }
    if (meta.title === null && /^ke hoach\b/.test(f) && f.length < 12) {
      const next = head[i + 1];
      if (next !== undefined) meta.title = text(`Kế hoạch ${lowerFirst(trimEnd(next.text))}`, line);
    } else if (
      meta.title === null &&
      /^ke hoach thuc hien\b/.test(f) &&
      (line.bold || line.heading !== null)
    ) {
      meta.title = text(`Kế hoạch ${lowerFirst(line.text.replace(/^\S+\s+\S+\s+/, ""))}`, line);
    }
  });
  const issuing = [...head, ...body].find((l) => /\s+ban hanh ke hoach\b/.test(fold(l.text)));
  if (issuing !== undefined) {
    const value = issuing.text.slice(0, fold(issuing.text).search(/\s+ban hanh ke hoach\b/)).trim();
    if (value !== "") meta.issuer = text(value, issuing);
  } else {
    const authority = head.find((l) => PLACE.test(l.text) && l.text === l.text.toUpperCase());
    if (authority !== undefined) meta.issuer = text(authority.text, authority);
  }
  const titleYears = meta.title
    ? [...meta.title.value.matchAll(/năm (\d{4})/g)].map((m) => Number(m[1]))
    : [];
  meta.year = titleYears.at(-1) ?? (meta.date ? Number(meta.date.value.slice(0, 4)) : null);
  const place = meta.issuer?.value.replace(PLACE, "") ?? null;
  if (meta.title !== null) {
    const t = meta.title.value;
    const start = t.search(/Chương trình/i);
    let end = place === null ? -1 : t.lastIndexOf(` ${place}`);
    if (end < 0) end = t.search(/\s+năm \d{4}\s*$/);
    if (start >= 0 && end > start) meta.program = { ...meta.title, value: t.slice(start, end).trim() };
  }
  if (place !== null && meta.year !== null) {
    const slug = fold(place)
      .replace(/^(thanh pho|tp\.?|huyen|tinh|thi xa|quan|xa|phuong)\s+/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    meta.code = `${slug}-${meta.year}`;
  }
  meta.signer = signerOf(closing);
  return meta;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" + "Nguyễn Thị Huế" → "Nguyễn Thị Huế (KT. Chủ tịch, Phó Chủ tịch)". */
function signerOf(closing: DocLine[]): DraftText | null {
  const start = closing.findIndex((l) => /^(tm|kt|tl|q)\.\s/.test(fold(l.text)));
  if (start < 0) return null;
  const capacity: string[] = [];
  for (const line of closing.slice(start)) {
    const isCaps = line.text === line.text.toLocaleUpperCase("vi");
    if (!isCaps) {
      const roles = capacity
        .join(" ")
        .split(/\s+(?=(?:TM|KT|TL|Q)\.\s)/)
        .filter((s) => !/^TM\./.test(s))
        .flatMap((s) => s.split(/\s+(?=PHÓ\s)/))
        .map(sentenceCase);
      return text(roles.length > 0 ? `${line.text} (${roles.join(", ")})` : line.text, line);
    }
    capacity.push(line.text);
  }
  return null;
}

/** "KT. CHỦ TỊCH" → "KT. Chủ tịch"; "PHÓ CHỦ TỊCH" → "Phó Chủ tịch". */
function sentenceCase(s: string): string {
  const m = /^((?:TM|KT|TL|Q)\.\s+)?(.*)$/.exec(s.trim());
  const lower = (m?.[2] ?? "").toLocaleLowerCase("vi");
  const words = lower.split(" ");
  const upTo = words[0] === "phó" ? 2 : 1;
  const cased = words.map((w, i) => (i < upTo ? w.charAt(0).toLocaleUpperCase("vi") + w.slice(1) : w));
  return `${m?.[1] ?? ""}${cased.join(" ")}`;
}
