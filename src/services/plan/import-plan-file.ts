import { importPlan, type ImportPlanResult } from "./import-plan.ts";
import { readPlanSource, type PlanSource } from "./read-plan-source.ts";
import type { ServiceDeps } from "../service-deps.ts";

export type ImportPlanFileResult =
  { kind: "invalid"; source: PlanSource } | ({ kind: "checked"; source: PlanSource } & ImportPlanResult);

/** Reads, validates and imports a plan file (or, with `dryRun`, only reports what would change). */
export async function importPlanFile(
  deps: ServiceDeps,
  options: {
    file: string;
    dryRun?: boolean;
    actorLabel?: string;
    defaultTimezone?: string;
    /** Status of a plan imported for the first time (default active). */
    status?: "draft" | "active";
  },
): Promise<ImportPlanFileResult> {
  const source = await readPlanSource(
    options.file,
    options.defaultTimezone === undefined ? {} : { defaultTimezone: options.defaultTimezone },
  );
  const model = source.reading.model;
  if (!source.reading.ok || model === null) return { kind: "invalid", source };
  const result = await importPlan(deps, {
    model,
    contentHash: source.contentHash,
    sourceFile: source.file,
    dryRun: options.dryRun ?? false,
    actorLabel: options.actorLabel ?? "cli",
    ...(options.status === undefined ? {} : { status: options.status }),
  });
  return { kind: "checked", source, ...result };
}
