import { allowed, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit, auditActor } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { findAgency } from "./find-agency.ts";

export interface RenameAgencyResult {
  code: string;
  before: string;
  after: string;
  applied: boolean;
}

/**
 * Renames an agency of the registry (the department got a new name). The old name stays in the
 * audit log and in each plan's printed name (PlanAgency), so history reads as it was.
 */
export async function renameAgency(
  deps: ServiceDeps,
  o: { actor: Actor | "system"; code: string; name: string; dryRun?: boolean },
): Promise<RenameAgencyResult> {
  if (!allowed(o.actor, "agency.manage")) throw new AppError("forbidden");
  const agency = await findAgency(deps, o.code);
  if (agency.mergedInto !== null)
    throw new AppError("agency-merged", { code: agency.code, into: agency.mergedInto.code });
  const after = o.name.trim();
  const result = { code: agency.code, before: agency.name, after, applied: false };
  if (o.dryRun === true || after === agency.name || after === "") return result;
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    await tx.agency.update({ where: { id: agency.id }, data: { name: after } });
    await audit(tx, {
      at: now,
      ...auditActor(o.actor),
      action: "agency.rename",
      entity: "agency",
      entityId: agency.id,
      data: { code: agency.code, before: agency.name, after },
    });
  });
  return { ...result, applied: true };
}
