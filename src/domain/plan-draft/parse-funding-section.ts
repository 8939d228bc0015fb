// Section IV (Kinh phí thực hiện): the declared totals — total, central and local budget,
// investment and recurrent — and the other sources listed without an amount.
import type { DocLine } from "./document-line.ts";
import type { DraftAmount, DraftTotals, Finding } from "./draft-types.ts";
import { findAmounts } from "./find-amounts.ts";
import { markerOf, trimEnd } from "./paragraph-marker.ts";

type Key = "total" | "investment" | "recurrent" | "central" | "local";

function keyOf(label: string): Key | null {
  if (/\btong\b/.test(label)) return "total";
  if (/trung uong/.test(label)) return "central";
  if (/dia phuong|ngan sach tinh|ngan sach huyen|doi ung/.test(label)) return "local";
  if (/dau tu/.test(label)) return "investment";
  if (/su nghiep/.test(label)) return "recurrent";
  return null;
}

export function parseFundingSection(lines: DocLine[]): { totals: DraftTotals; findings: Finding[] } {
  const totals: DraftTotals = {
    total: null,
    investment: null,
    recurrent: null,
    central: null,
    local: null,
    otherSources: [],
  };
  const findings: Finding[] = [];
  for (const line of lines) {
    const marker = markerOf(line.text);
    const text = marker.kind === "bullet" ? marker.rest : line.text;
    const { amounts, unreadable } = findAmounts(text);
    for (const raw of unreadable) {
      findings.push({
        code: "unreadable-amount",
        severity: "unplaced",
        source: line.source,
        params: { text, amount: raw },
      });
    }
    if (amounts.length === 0) {
      if (marker.kind === "bullet" && unreadable.length === 0) {
        totals.otherSources.push({ text: trimEnd(text), source: line.source, doubt: null });
      } else if (unreadable.length === 0) {
        findings.push({ code: "unplaced", severity: "unplaced", source: line.source, params: { text } });
      }
      continue;
    }
    for (const amount of amounts) {
      const key = keyOf(amount.label);
      const value: DraftAmount = { vnd: amount.vnd, quote: text, source: line.source, doubt: null };
      if (key === null) {
        findings.push({
          code: "funding-unlabelled",
          severity: "unplaced",
          source: line.source,
          params: { text, amount: amount.raw },
        });
      } else if (totals[key] !== null) {
        findings.push({
          code: "funding-repeated",
          severity: "inconsistent",
          source: line.source,
          params: { text, amount: amount.raw },
        });
      } else {
        totals[key] = value;
      }
    }
  }
  return { totals, findings };
}
