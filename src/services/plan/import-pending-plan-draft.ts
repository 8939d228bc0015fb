// Use case: the standing office imports the plan draft it was shown, as a `draft` plan (it never
// reminds). Once: the pending row is claimed by deleting it, so a double tap imports one plan.
import { createHash } from "node:crypto";
import { can, type Actor } from "../../domain/access/roles.ts";
import { readPlanFile, type LocatedIssue } from "../../domain/plan/read-plan-file.ts";
import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { AppError } from "../app-error.ts";
import type { ReportingPerson } from "../reporting/guided-step.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { importPlan } from "./import-plan.ts";
import { pendingPlanDraft, pendingPlanDraftKey } from "./pending-plan-draft.ts";

export type ImportPendingPlanDraftResult =
  /** Imported already, replaced by another document, or skipped. */
  | { kind: "gone" }
  | { kind: "invalid"; errors: LocatedIssue[] }
  | { kind: "code-taken"; planCode: string }
  | { kind: "imported"; planCode: string; title: string; items: number; agencies: number };

export async function importPendingPlanDraft(
  deps: ServiceDeps,
  options: { actor: Actor; person: ReportingPerson; draftId: string; timezone: string; actorLabel: string },
): Promise<ImportPendingPlanDraftResult> {
  if (!can(options.actor, "plan.draft")) throw new AppError("forbidden");
  const { db } = deps;
  const pending = await pendingPlanDraft(deps, options.person, options.draftId);
  if (pending === null) return { kind: "gone" };
  const reading = readPlanFile(pending.draft.yaml, { defaultTimezone: options.timezone });
  if (!reading.ok || reading.model === null) return { kind: "invalid", errors: reading.errors };
  const model = reading.model;
  const planCode = model.meta.code;
  if ((await db.plan.count({ where: { code: planCode } })) > 0) return { kind: "code-taken", planCode };

  const key = pendingPlanDraftKey(options.person);
  const claimed = await db.session.deleteMany({ where: { key, value: pending.stored } });
  if (claimed.count === 0) return { kind: "gone" };
  try {
    await importPlan(deps, {
      model,
      contentHash: createHash("sha256").update(pending.draft.yaml).digest("hex"),
      sourceFile: pending.draft.fileName,
      actorLabel: options.actorLabel,
      status: "draft",
    });
  } catch (e) {
    // Not imported: the draft waits again (unless another one came meanwhile).
    await db.session.createMany({ data: [{ key, value: pending.stored }] }).catch(() => undefined);
    if (isUniqueViolation(e)) return { kind: "code-taken", planCode };
    throw e;
  }
  return {
    kind: "imported",
    planCode,
    title: model.meta.title,
    items: model.items.length,
    agencies: model.agencies.length,
  };
}
