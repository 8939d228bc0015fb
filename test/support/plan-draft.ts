// Drafting a plan from a document in tests: the seed, the fixtures, the bundled plan to compare.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { DocLine, SourceRef } from "../../src/domain/plan-draft/document-line.ts";
import { draftPlanFile, type PlanDraftFile } from "../../src/domain/plan-draft/draft-plan-file.ts";
import { translator } from "../../src/i18n/translator.ts";
import { SEED_PLAN_FILE } from "./seed-plan.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED_DOCUMENT = path.resolve(here, "../fixtures/plan-documents/bac-kan-2023.txt");
export const FIXTURES = path.resolve(here, "../fixtures/plan-documents");
export const fixture = (name: string) => path.join(FIXTURES, name);

/** A plan file as `plan validate` reads it: every scalar text. */
export const readYaml = (text: string): Record<string, unknown> =>
  parse(text, { schema: "failsafe" }) as Record<string, unknown>;

export const bundledPlan = () => readYaml(readFileSync(SEED_PLAN_FILE, "utf8"));

export function draftFromLines(lines: DocLine[], joinWrapped = true): PlanDraftFile {
  const bundled = bundledPlan() as { calendar: unknown };
  return draftPlanFile({
    lines,
    joinWrapped,
    defaultCalendar: { planCode: "bac-kan-2023", year: 2023, calendar: bundled.calendar },
    kind: "text",
    fileName: "document.txt",
    t: translator("vi"),
    where: (s: SourceRef) => `dòng ${s.line}`,
  });
}

/** The YAML without its comments: the plan itself, whatever it was read from. */
export const withoutComments = (yaml: string) =>
  yaml
    .split("\n")
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => l.replace(/ # .*$/, ""))
    .join("\n");
