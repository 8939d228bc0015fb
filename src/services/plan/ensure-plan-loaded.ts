import { isUniqueViolation } from "../../db/is-unique-violation.ts";
import { importPlanFile } from "./import-plan-file.ts";
import type { ServiceDeps } from "../service-deps.ts";

export type EnsurePlanResult =
  { kind: "present" } | { kind: "imported"; code: string } | { kind: "invalid"; errors: number };

/** On first start: imports the bundled plan when the database holds no plan yet. */
export async function ensurePlanLoaded(
  deps: ServiceDeps,
  planFile: string,
  defaultTimezone: string,
): Promise<EnsurePlanResult> {
  if ((await deps.db.plan.count()) > 0) return { kind: "present" };
  let result: Awaited<ReturnType<typeof importPlanFile>>;
  try {
    result = await importPlanFile(deps, { file: planFile, actorLabel: "start", defaultTimezone });
  } catch (e) {
    // Two processes started at the same instant: the other one imported it first.
    if (isUniqueViolation(e) && (await deps.db.plan.count()) > 0) return { kind: "present" };
    throw e;
  }
  if (result.kind === "invalid") return { kind: "invalid", errors: result.source.reading.errors.length };
  return { kind: "imported", code: result.planCode };
}
