// From a document's paragraphs to a plan file and its review: the draft, its YAML, the source
// of each value, the validation `plan validate` would give, and every finding.
import type { Translate } from "../../i18n/translator.ts";
import { readPlanFile, type PlanReading } from "../plan/read-plan-file.ts";
import type { DocumentKind } from "./document-line.ts";
import type { DraftItem, Finding, PlanDraft } from "./draft-types.ts";
import { draftPlan, type DraftPlanInput } from "./draft-plan.ts";
import { lineSums } from "./reconcile-totals.ts";
import { renderDraftYaml, type Where } from "./render-draft-yaml.ts";
import type { SourceRef } from "./document-line.ts";

export interface PlanDraftFile {
  kind: DocumentKind;
  fileName: string;
  draft: PlanDraft;
  yaml: string;
  sources: Record<string, SourceRef>;
  validation: PlanReading;
  findings: Finding[];
  read: {
    paragraphs: number;
    items: number;
    activities: number;
    budgetLines: number;
    agencies: number;
    assignments: number;
  };
  lineTotals: { investment: bigint; recurrent: bigint; total: bigint };
}

export interface DraftPlanFileInput extends DraftPlanInput {
  kind: DocumentKind;
  fileName: string;
  t: Translate;
  where: Where;
}

export function draftPlanFile(input: DraftPlanFileInput): PlanDraftFile {
  const { draft, findings, paragraphs } = draftPlan(input);
  const { yaml, sources } = renderDraftYaml(draft, input.t, input.where, input.fileName);
  const validation = readPlanFile(yaml);
  const all: DraftItem[] = [];
  const walk = (items: DraftItem[]) =>
    items.forEach((i) => {
      all.push(i);
      walk(i.children);
    });
  walk(draft.items);
  for (const w of validation.warnings) {
    if (w.code !== "no-lead" && w.code !== "no-budget") continue;
    const item = all.find((i) => i.code === w.item);
    findings.push({
      code: w.code,
      severity: "gap",
      source: item?.source ?? null,
      params: { item: w.item ?? "" },
    });
  }
  if (!validation.ok) {
    findings.push({
      code: "draft-invalid",
      severity: "gap",
      source: null,
      params: { count: validation.errors.length },
    });
  }
  const activities = all.reduce(
    (n, i) => n + i.activities.reduce((k, a) => k + ("items" in a ? a.items.length : 1), 0),
    0,
  );
  return {
    kind: input.kind,
    fileName: input.fileName,
    draft,
    yaml,
    sources,
    validation,
    findings,
    read: {
      paragraphs,
      items: all.length,
      activities,
      budgetLines: draft.budget.length,
      agencies: draft.agencies.length,
      assignments: draft.assignments.length,
    },
    lineTotals: lineSums(draft.budget),
  };
}
