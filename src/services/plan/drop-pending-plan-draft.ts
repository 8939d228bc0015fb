// Use case: the standing office skips the plan draft it was shown; nothing is imported.
import { can, type Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import type { ReportingPerson } from "../reporting/guided-step.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { pendingPlanDraft, pendingPlanDraftKey } from "./pending-plan-draft.ts";

/** true when the draft was pending (and is now dropped). */
export async function dropPendingPlanDraft(
  deps: Pick<ServiceDeps, "db">,
  options: { actor: Actor; person: ReportingPerson; draftId: string },
): Promise<boolean> {
  if (!can(options.actor, "plan.draft")) throw new AppError("forbidden");
  const pending = await pendingPlanDraft(deps, options.person, options.draftId);
  if (pending === null) return false;
  const key = pendingPlanDraftKey(options.person);
  const dropped = await deps.db.session.deleteMany({ where: { key, value: pending.stored } });
  return dropped.count > 0;
}
