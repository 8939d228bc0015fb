// Use case: a plan drafted from the official document (DOCX, PDF with a text layer, TXT/MD).
// Writes nothing: returns the plan file (YAML), its review and what `plan validate` says of it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { allowed, type Caller } from "../../domain/access/roles.ts";
import type { SourceRef } from "../../domain/plan-draft/document-line.ts";
import { draftPlanFile, type PlanDraftFile } from "../../domain/plan-draft/draft-plan-file.ts";
import type { DefaultCalendar } from "../../domain/plan-draft/draft-plan.ts";
import { reviewJson, reviewLines } from "../../domain/plan-draft/review-lines.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import { AppError } from "../app-error.ts";
import { readDocumentText, type DocumentInput } from "./read-document-text.ts";

export const BUNDLED_PLAN_FILE = path.resolve(import.meta.dirname, "../../../prisma/data/bac-kan-2023.yaml");

export interface DraftPlanFromDocumentOptions extends DocumentInput {
  caller: Caller;
  locale?: Locale;
  /** The plan whose calendar rules the draft takes (default: the bundled plan). */
  calendarPlanFile?: string;
}

export type DraftPlanFromDocumentResult =
  | {
      ok: true;
      /** The plan file to review and import. */
      yaml: string;
      /** The review as lines of text (localised). */
      review: string[];
      /** The review as data (counts, totals, findings with their source lines). */
      reviewData: ReturnType<typeof reviewJson>;
      /** true when the draft passes `plan validate` (nothing blocks an import). */
      valid: boolean;
      /** true when the budget lines add up to the declared totals. */
      reconciles: boolean;
      sources: Record<string, SourceRef>;
      file: PlanDraftFile;
    }
  | { ok: false; reason: string; message: string };

const calendars = new Map<string, DefaultCalendar>();

function defaultCalendar(file: string): DefaultCalendar {
  let found = calendars.get(file);
  if (found === undefined) {
    const raw = parse(readFileSync(file, "utf8"), { schema: "failsafe" }) as {
      plan: { code: string; year: string };
      calendar: unknown;
    };
    found = { planCode: raw.plan.code, year: Number(raw.plan.year), calendar: raw.calendar };
    calendars.set(file, found);
  }
  return found;
}

export async function draftPlanFromDocument(
  options: DraftPlanFromDocumentOptions,
): Promise<DraftPlanFromDocumentResult> {
  if (!allowed(options.caller, "plan.draft")) throw new AppError("forbidden");
  const t = translator(options.locale ?? "vi");
  const fileName = path.basename(options.fileName);
  const text = await readDocumentText({ bytes: options.bytes, fileName });
  if (!text.ok) {
    return {
      ok: false,
      reason: text.reason,
      message: t(`plan-draft-${text.reason}`, { file: fileName, kind: text.kind ?? "" }),
    };
  }
  const where = (s: SourceRef) => t("plan-draft-at", { kind: text.kind, line: s.line, page: s.page ?? 0 });
  const file = draftPlanFile({
    lines: text.lines,
    joinWrapped: text.kind === "text",
    defaultCalendar: defaultCalendar(options.calendarPlanFile ?? BUNDLED_PLAN_FILE),
    kind: text.kind,
    fileName,
    t,
    where,
  });
  const data = reviewJson(file, t, where);
  return {
    ok: true,
    yaml: file.yaml,
    review: reviewLines(file, t, where, options.locale ?? "vi"),
    reviewData: data,
    valid: file.validation.ok,
    reconciles: data.reconciles,
    sources: file.sources,
    file,
  };
}
