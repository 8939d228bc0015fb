// Budget statements → budget lines: "Kế hoạch vốn năm 2023: 424 triệu đồng (Vốn đầu tư phát triển
// 365 triệu đồng, Vốn sự nghiệp 59 triệu đồng)" → one line, 365 investment + 59 recurrent; a line
// naming "nội dung 02 và nội dung 03" covers both items once. Parts that do not add up to the
// stated amount are reported, never adjusted.
import { fold } from "../replies/normalize.ts";
import type { DraftBudgetLine, DraftItem, Finding } from "./draft-types.ts";
import { findAmounts } from "./find-amounts.ts";
import type { BudgetStatement, ContentSection } from "./parse-content-section.ts";
import { markerOf, trimEnd } from "./paragraph-marker.ts";

export function readBudgetLines(section: ContentSection): { lines: DraftBudgetLine[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const lines: DraftBudgetLine[] = [];
  const byCode = new Map<string, DraftItem>();
  const walk = (items: DraftItem[]) =>
    items.forEach((i) => {
      byCode.set(i.code, i);
      walk(i.children);
    });
  walk(section.items);

  for (const statement of section.statements) {
    const { line } = statement;
    const text = markerOf(line.text).kind === "bullet" ? markerOf(line.text).rest : line.text;
    const colon = text.indexOf(":");
    const label = colon >= 0 ? text.slice(0, colon) : text;
    const quote = text.trim();
    const at = { source: line.source, params: { text: quote } };
    const covered = coveredItems(statement, label, section, byCode);
    if (covered.items.length === 0) {
      findings.push({ code: "budget-no-item", severity: "unplaced", ...at });
      continue;
    }
    for (const missing of covered.missing) {
      findings.push({
        code: "budget-unknown-item",
        severity: "inconsistent",
        source: line.source,
        params: { text: quote, item: missing },
      });
    }
    const { amounts, unreadable } = findAmounts(colon >= 0 ? text.slice(colon + 1) : text);
    for (const raw of unreadable) {
      findings.push({
        code: "unreadable-amount",
        severity: "unplaced",
        source: line.source,
        params: { text: quote, amount: raw },
      });
    }
    const [first, ...rest] = amounts;
    if (first === undefined) {
      findings.push({ code: "budget-no-amount", severity: "unplaced", ...at });
      continue;
    }
    const parts = first.capitalType === null && rest.length > 0 ? rest : amounts;
    const sums = { investment: null as bigint | null, recurrent: null as bigint | null };
    let untyped = false;
    for (const part of parts) {
      if (part.capitalType === null) untyped = true;
      else sums[part.capitalType] = (sums[part.capitalType] ?? 0n) + part.vnd;
    }
    if (untyped) {
      findings.push({ code: "budget-no-capital-type", severity: "gap", ...at });
      continue;
    }
    if (parts !== amounts) {
      const partsTotal = (sums.investment ?? 0n) + (sums.recurrent ?? 0n);
      if (partsTotal !== first.vnd) {
        findings.push({
          code: "budget-parts-differ",
          severity: "inconsistent",
          source: line.source,
          params: { text: quote, stated: first.raw, parts: parts.map((p) => p.raw).join(" + ") },
        });
      }
    }
    const note = covered.items.length > 1 ? trimEnd(label).replace(/^\*\s*/, "") : null;
    lines.push({
      items: covered.items,
      investment: sums.investment,
      recurrent: sums.recurrent,
      note,
      quote,
      source: line.source,
      doubt: covered.doubt === null ? null : { reason: covered.doubt, quote },
    });
  }
  return { lines, findings };
}

function coveredItems(
  statement: BudgetStatement,
  label: string,
  section: ContentSection,
  byCode: Map<string, DraftItem>,
): { items: string[]; missing: string[]; doubt: string | null } {
  const target = statement.target;
  if (target === null) return { items: [], missing: [], doubt: null };
  const numbers = [...fold(label).matchAll(/noi dung (?:so )?(\d+)/g)].map((m) => Number(m[1]));
  if (numbers.length > 0) {
    const parent = target.code.split(".").at(-1)?.startsWith("ND")
      ? section.parents.get(target.code)
      : target;
    const base = parent?.code ?? "";
    const codes = numbers.map((n) => `${base}.ND${n}`);
    return {
      items: codes.filter((c) => byCode.has(c)),
      missing: codes.filter((c) => !byCode.has(c)),
      doubt: null,
    };
  }
  // A derived sub-item ("6.4.") last under its project, with no other budget among its siblings:
  // the statement closes the project's section and is read as the project's.
  const parent = section.parents.get(target.code) ?? null;
  if (parent !== null && section.derived.has(target.code)) {
    const siblings = parent.children;
    const others = section.statements.filter(
      (s) => s !== statement && siblings.includes(s.target as DraftItem),
    );
    if (siblings.at(-1) === target && siblings.length > 1 && others.length === 0) {
      return { items: [parent.code], missing: [], doubt: "budget-for-parent" };
    }
  }
  return { items: [target.code], missing: [], doubt: null };
}
