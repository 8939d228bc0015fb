// Section III (Nội dung thực hiện): Dự án → Tiểu dự án → Nội dung số, their activities (bullets,
// plain paragraphs, "a) …" groups) and the budget statements ("Kế hoạch vốn …") where they stand.
import { fold } from "../replies/normalize.ts";
import type { DocLine } from "./document-line.ts";
import type { DraftActivityText, DraftItem, Finding } from "./draft-types.ts";
import { markerOf, trimEnd, type Marker } from "./paragraph-marker.ts";

export interface BudgetStatement {
  line: DocLine;
  /** The innermost item when the statement was read. */
  target: DraftItem | null;
}

export interface ContentSection {
  items: DraftItem[];
  /** Codes derived from a number alone ("5.1." under Dự án 7 → DA7.ND1), not from "Nội dung số". */
  derived: Set<string>;
  parents: Map<string, DraftItem | null>;
  statements: BudgetStatement[];
  findings: Finding[];
}

type Level = 1 | 2 | 3;
const KEYWORDS: { pattern: RegExp; level: Level; prefix: string }[] = [
  { pattern: /^du an (\d+)\b/, level: 1, prefix: "DA" },
  { pattern: /^tieu du an (\d+)\b/, level: 2, prefix: "TDA" },
  { pattern: /^noi dung (?:so )?(\d+)\b/, level: 3, prefix: "ND" },
];

export const isBudgetStatement = (text: string): boolean =>
  /^ke hoach von\b/.test(fold(markerOf(text).kind === "bullet" ? markerOf(text).rest : text));

export function parseContentSection(lines: DocLine[]): ContentSection {
  const out: ContentSection = {
    items: [],
    derived: new Set(),
    parents: new Map(),
    statements: [],
    findings: [],
  };
  const byCode = new Map<string, DraftItem>();
  let stack: { item: DraftItem; level: Level }[] = [];
  let group: DraftActivityText[] | null = null;
  const current = () => stack.at(-1)?.item ?? null;
  const unplaced = (line: DocLine) =>
    out.findings.push({
      code: "unplaced",
      severity: "unplaced",
      source: line.source,
      params: { text: line.text },
    });

  const open = (line: DocLine, marker: Marker, code: string, level: Level, parent: DraftItem | null) => {
    group = null;
    const existing = byCode.get(code);
    if (existing !== undefined) {
      out.findings.push({
        code: "duplicate-item",
        severity: "inconsistent",
        source: line.source,
        params: { item: code },
      });
      stack = [...stack.filter((s) => s.level < level), { item: existing, level }];
      return;
    }
    const item: DraftItem = {
      code,
      number: marker.kind === "number" || marker.kind === "letter" ? marker.label : null,
      title: trimEnd(marker.rest),
      activities: [],
      children: [],
      stub: false,
      source: line.source,
      doubt: null,
    };
    byCode.set(code, item);
    out.parents.set(code, parent);
    (parent === null ? out.items : parent.children).push(item);
    stack = [
      ...stack.filter((s) => s.level < level && (parent === null || isAncestor(s.item, parent, out))),
      { item, level },
    ];
  };

  for (const line of lines) {
    const marker = markerOf(line.text);
    if (isBudgetStatement(line.text)) {
      group = null;
      out.statements.push({ line, target: current() });
      continue;
    }
    const folded = fold(marker.rest);
    const keyword = marker.kind === "bullet" ? undefined : KEYWORDS.find((k) => k.pattern.test(folded));
    if (keyword !== undefined) {
      const n = Number(keyword.pattern.exec(folded)?.[1]);
      const parent =
        keyword.level === 1
          ? null
          : ([...stack].reverse().find((s) => s.level < keyword.level)?.item ?? null);
      if (keyword.level > 1 && parent === null) {
        unplaced(line);
        continue;
      }
      open(
        line,
        marker,
        `${parent === null ? "" : `${parent.code}.`}${keyword.prefix}${n}`,
        keyword.level,
        parent,
      );
      continue;
    }
    // "5.1." under the item numbered "5." is its sub-item, bold or not (PDFs give no weight).
    const prefix = marker.kind === "number" ? marker.label.split(".").slice(0, -1).join(".") : "";
    const parent =
      prefix === "" ? null : ([...stack].reverse().find((s) => s.item.number === prefix)?.item ?? null);
    if (marker.kind === "number" && (parent !== null || line.bold || line.heading !== null)) {
      if (parent === null) {
        unplaced(line);
        continue;
      }
      const code = `${parent.code}.ND${Number(marker.label.split(".").at(-1))}`;
      out.derived.add(code);
      open(line, marker, code, 3, parent);
      continue;
    }
    const item = current();
    if (item === null) {
      unplaced(line);
      continue;
    }
    if (marker.kind === "letter") {
      group = [];
      item.activities.push({ group: trimEnd(line.text), items: group, source: line.source, doubt: null });
      continue;
    }
    const text = trimEnd(marker.kind === "bullet" ? marker.rest : line.text);
    if (text === "") continue;
    const activity: DraftActivityText = { text, source: line.source, doubt: null };
    if (group === null) item.activities.push(activity);
    else group.push(activity);
  }
  // A group heading with no bullets under it is an activity of its own.
  const flatten = (items: DraftItem[]) => {
    for (const item of items) {
      item.activities = item.activities.map((a) =>
        "group" in a && a.items.length === 0 ? { text: a.group, source: a.source, doubt: a.doubt } : a,
      );
      flatten(item.children);
    }
  };
  flatten(out.items);
  return out;
}

function isAncestor(candidate: DraftItem, of: DraftItem, section: ContentSection): boolean {
  for (let x: DraftItem | null | undefined = of; x; x = section.parents.get(x.code)) {
    if (x === candidate) return true;
  }
  return false;
}
