// The draft as a plan file: the project's YAML format, every value followed by where it was read
// (`# dòng 57`), a comment with the sentence above every uncertain value, and nothing the
// document does not state (a missing value is a comment, so validation names it).
import { stringify } from "yaml";
import type { Translate } from "../../i18n/translator.ts";
import type { SourceRef } from "./document-line.ts";
import type { DraftActivity, DraftAmount, DraftItem, Located, PlanDraft } from "./draft-types.ts";
import { millionText } from "./million-text.ts";
import { PROGRAM_CODE } from "./parse-organisation-section.ts";

export type Where = (source: SourceRef) => string;

export interface RenderedDraft {
  yaml: string;
  /** The source of each value, by its path in the plan file ("items.DA1", "budget.0", …). */
  sources: Record<string, SourceRef>;
}

const q = (s: string) => JSON.stringify(s);
const QUOTE_MAX = 90;

export function renderDraftYaml(
  draft: PlanDraft,
  t: Translate,
  where: Where,
  fileName: string,
): RenderedDraft {
  const out: string[] = [];
  const sources: Record<string, SourceRef> = {};
  const emit = (indent: number, text: string, at: Located | null, path: string | null) => {
    const pad = " ".repeat(indent);
    if (at?.doubt) {
      const quote =
        at.doubt.quote.length > QUOTE_MAX ? `${at.doubt.quote.slice(0, QUOTE_MAX)}…` : at.doubt.quote;
      out.push(`${pad}# ${t(`plan-draft-doubt-${at.doubt.reason}`)}`);
      if (at.source)
        out.push(
          `${pad}# ${t("plan-draft-read-from", { at: where(at.source), quote: q(quote).slice(1, -1) })}`,
        );
    }
    if (at?.source && path !== null) sources[path] = at.source;
    const trailing = at?.source && !at.doubt ? ` # ${where(at.source)}` : "";
    out.push(`${pad}${text}${trailing}`);
  };
  const missing = (indent: number, key: string) =>
    out.push(`${" ".repeat(indent)}# ${key}: ${t("plan-draft-not-in-document")}`);

  out.push(`# ${t("plan-draft-yaml-header", { file: fileName })}`, `# ${t("plan-draft-yaml-check")}`, "");
  const m = draft.meta;
  out.push("plan:");
  if (m.code === null) missing(2, "code");
  else out.push(`  code: ${m.code}`);
  if (m.title === null) missing(2, "title");
  else emit(2, `title: ${q(m.title.value)}`, m.title, "plan.title");
  if (m.year === null) missing(2, "year");
  else out.push(`  year: ${m.year}`);
  out.push("  timezone: Asia/Ho_Chi_Minh", "  document:");
  for (const key of ["number", "date", "issuer", "signer"] as const) {
    const v = m[key];
    if (v === null) missing(4, key);
    else emit(4, `${key}: ${q(v.value)}`, v, `plan.document.${key}`);
  }
  out.push("", "program:", `  code: ${PROGRAM_CODE}`);
  if (m.program === null) missing(2, "title");
  else emit(2, `title: ${q(m.program.value)}`, m.program, "program.title");

  out.push("", `# ${t("plan-draft-yaml-totals")}`, "totals:");
  for (const key of ["total", "investment", "recurrent", "central", "local"] as const) {
    const v: DraftAmount | null = draft.totals[key];
    if (v === null) missing(2, key);
    else emit(2, `${key}: ${q(millionText(v.vnd))}`, v, `totals.${key}`);
  }
  if (draft.totals.otherSources.length > 0) {
    out.push("  otherSources:");
    draft.totals.otherSources.forEach((s, i) => emit(4, `- ${q(s.text)}`, s, `totals.otherSources.${i}`));
  }

  out.push("", `# ${t("plan-draft-yaml-agencies")}`, "agencies:");
  if (draft.agencies.length === 0) missing(2, "- code");
  for (const a of draft.agencies) {
    emit(2, `- code: ${a.code}`, a, `agencies.${a.code}`);
    out.push(`    name: ${q(a.name)}`, `    kind: ${a.kind}`);
    if (a.standingOffice) out.push("    standingOffice: true");
  }

  out.push("", `# ${t("plan-draft-yaml-items")}`, "items:");
  const item = (i: DraftItem, indent: number) => {
    const pad = " ".repeat(indent);
    emit(indent, `- code: ${i.code}`, i, `items.${i.code}`);
    if (i.number !== null) out.push(`${pad}  number: ${q(i.number)}`);
    out.push(`${pad}  title: ${q(i.title)}`);
    if (i.activities.length > 0) {
      out.push(`${pad}  activities:`);
      i.activities.forEach((a, n) => activity(a, indent + 4, `items.${i.code}.activities.${n}`));
    }
    if (i.children.length > 0) {
      out.push(`${pad}  children:`);
      i.children.forEach((c) => item(c, indent + 4));
    }
  };
  const activity = (a: DraftActivity, indent: number, path: string) => {
    if ("text" in a) return emit(indent, `- ${q(a.text)}`, a, path);
    emit(indent, `- group: ${q(a.group)}`, a, path);
    out.push(`${" ".repeat(indent + 2)}items:`);
    a.items.forEach((x, n) => emit(indent + 4, `- ${q(x.text)}`, x, `${path}.${n}`));
  };
  if (draft.items.length === 0) missing(2, "- code");
  draft.items.forEach((i) => item(i, 2));

  out.push("", `# ${t("plan-draft-yaml-budget")}`, "budget:");
  if (draft.budget.length === 0) out[out.length - 1] = "budget: []";
  draft.budget.forEach((b, n) => {
    emit(2, `- items: [${b.items.join(", ")}]`, b, `budget.${n}`);
    if (b.investment !== null) out.push(`    investment: ${q(millionText(b.investment))}`);
    if (b.recurrent !== null) out.push(`    recurrent: ${q(millionText(b.recurrent))}`);
    if (b.note !== null) out.push(`    note: ${q(b.note)}`);
  });

  out.push("", `# ${t("plan-draft-yaml-assignments")}`, "assignments:");
  if (draft.assignments.length === 0) out[out.length - 1] = "assignments: []";
  draft.assignments.forEach((a, n) => {
    emit(2, `- agency: ${a.agency}`, a, `assignments.${n}`);
    out.push(`    role: ${a.role}`, `    items: [${a.items.join(", ")}]`);
    if (a.report !== null) out.push(`    report: ${a.report}`);
    if (a.note !== null && a.note !== "") out.push(`    note: ${q(a.note)}`);
  });

  out.push(
    "",
    `# ${t("plan-draft-yaml-calendar")}`,
    stringify({ calendar: draft.calendar }, { lineWidth: 0 }).trimEnd(),
  );
  return { yaml: `${out.join("\n")}\n`, sources };
}
