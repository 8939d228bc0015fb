// A plan drafted from a document's paragraphs: what each section states, nothing more. Items
// named only in the organisation section are added as marked stubs; every gap, doubt, sentence
// not placed and sum that does not add up is a finding with the place it was read.
import { topmostGaps, flattenItems } from "../plan/item-tree.ts";
import type { TItemInput } from "../plan/plan-file-schema.ts";
import type { DocLine } from "./document-line.ts";
import type { DraftItem, Finding, PlanDraft } from "./draft-types.ts";
import { joinWrappedLines } from "./join-wrapped-lines.ts";
import { parseContentSection } from "./parse-content-section.ts";
import { parseDocumentHeader } from "./parse-document-header.ts";
import { parseFundingSection } from "./parse-funding-section.ts";
import { parseOrganisationSection, PROGRAM_CODE, type ItemReference } from "./parse-organisation-section.ts";
import { readBudgetLines } from "./read-budget-lines.ts";
import { reconcileTotals } from "./reconcile-totals.ts";
import { shiftCalendar } from "./shift-calendar.ts";
import { splitSections } from "./split-sections.ts";

export interface DefaultCalendar {
  /** The bundled plan's code and year, and its `calendar` section as text values. */
  planCode: string;
  year: number;
  calendar: unknown;
}

export interface DraftPlanInput {
  lines: DocLine[];
  /** Join lines a printed page wrapped mid-sentence (text copied from print; a DOCX has real paragraphs, a PDF is joined by geometry). */
  joinWrapped: boolean;
  defaultCalendar: DefaultCalendar;
}

export interface DraftPlanResult {
  draft: PlanDraft;
  findings: Finding[];
  paragraphs: number;
}

export function draftPlan(input: DraftPlanInput): DraftPlanResult {
  const paragraphs = input.joinWrapped ? joinWrappedLines(input.lines) : input.lines;
  const parts = splitSections(paragraphs);
  const findings: Finding[] = [];
  const section = (kind: "content" | "funding" | "organisation") => {
    const found = parts.sections.filter((s) => s.kind === kind);
    if (found.length === 0)
      findings.push({ code: `no-${kind}-section`, severity: "gap", source: null, params: {} });
    return found.flatMap((s) => s.lines);
  };
  for (const s of parts.sections.filter((x) => x.kind === "other")) {
    findings.push({
      code: "section-skipped",
      severity: "info",
      source: s.heading.source,
      params: { title: s.title },
    });
  }
  const content = parseContentSection(section("content"));
  const budget = readBudgetLines(content);
  const funding = parseFundingSection(section("funding"));
  const organisation = parseOrganisationSection(section("organisation"));
  const body = parts.sections.flatMap((s) => s.lines);
  const meta = parseDocumentHeader(parts.head, body, parts.closing);
  findings.push(...content.findings, ...budget.findings, ...funding.findings, ...organisation.findings);

  addStubs(content.items, organisation.references, findings);
  const asInput = (i: DraftItem): TItemInput => ({
    code: i.code,
    title: i.title,
    children: i.children.map(asInput),
  });
  const flat = flattenItems({ code: PROGRAM_CODE, title: "" }, content.items.map(asInput)).map((f) => f.item);
  const referenced = new Set(organisation.references.map((r) => r.code));
  const sourceOf = new Map<string, DraftItem>();
  const index = (items: DraftItem[]) =>
    items.forEach((i) => {
      sourceOf.set(i.code, i);
      index(i.children);
    });
  index(content.items);
  for (const code of topmostGaps(flat, referenced)) {
    findings.push({
      code: "content-only-item",
      severity: "gap",
      source: sourceOf.get(code)?.source ?? null,
      params: { item: code },
    });
  }

  for (const [key, label] of [
    ["number", "number"],
    ["date", "date"],
    ["issuer", "issuer"],
    ["signer", "signer"],
    ["title", "title"],
  ] as const) {
    if (meta[key] === null) findings.push({ code: `no-${label}`, severity: "gap", source: null, params: {} });
  }
  if (meta.date?.doubt)
    findings.push({
      code: "date-without-day",
      severity: "uncertain",
      source: meta.date.source,
      params: { date: meta.date.value },
    });

  findings.push(...reconcileTotals(funding.totals, budget.lines));

  const year = meta.year ?? input.defaultCalendar.year;
  const shifted = shiftCalendar(input.defaultCalendar.calendar, input.defaultCalendar.year, year);
  findings.push({
    code: "calendar-default",
    severity: "info",
    source: null,
    params: {
      plan: input.defaultCalendar.planCode,
      year: String(year),
      holidays: shifted.holidaysKept,
      dropped: shifted.holidaysDropped,
    },
  });
  return {
    draft: {
      meta,
      totals: funding.totals,
      agencies: organisation.agencies,
      items: content.items,
      budget: budget.lines,
      assignments: organisation.assignments,
      calendar: shifted.calendar,
    },
    findings,
    paragraphs: paragraphs.length,
  };
}

const TITLES: Record<string, (n: number) => string> = {
  DA: (n) => `Dự án ${n}`,
  TDA: (n) => `Tiểu dự án ${n}`,
  ND: (n) => `Nội dung số ${String(n).padStart(2, "0")}`,
};

/** Items the organisation section names but the content section does not: marked stubs. */
function addStubs(roots: DraftItem[], references: ItemReference[], findings: Finding[]): void {
  const find = (items: DraftItem[], code: string): DraftItem | undefined => {
    for (const i of items) {
      if (i.code === code) return i;
      const below = code.startsWith(`${i.code}.`) ? find(i.children, code) : undefined;
      if (below) return below;
    }
    return undefined;
  };
  for (const ref of references) {
    if (ref.code === PROGRAM_CODE || find(roots, ref.code)) continue;
    const segments = ref.code.split(".");
    let siblings = roots;
    segments.forEach((segment, i) => {
      const code = segments.slice(0, i + 1).join(".");
      let item = find(roots, code);
      if (item === undefined) {
        const m = /^([A-Z]+)(\d+)$/.exec(segment);
        item = {
          code,
          number: null,
          title: TITLES[m?.[1] ?? ""]?.(Number(m?.[2])) ?? segment,
          activities: [],
          children: [],
          stub: true,
          source: ref.source,
          doubt: { reason: "org-only-item", quote: ref.quote },
        };
        siblings.push(item);
        findings.push({
          code: "org-only-item",
          severity: "uncertain",
          source: ref.source,
          params: { item: code },
        });
      }
      siblings = item.children;
    });
  }
}
