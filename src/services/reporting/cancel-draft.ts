import type { Actor } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { deleteDraft, loadDraft } from "./report-drafts.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** "Cancel" on a draft: only its author may; a draft already gone is fine (a second tap). */
export async function cancelDraft(deps: ServiceDeps, o: { actor: Actor; draftId: string }): Promise<void> {
  const draft = await loadDraft(deps, o.draftId);
  if (draft === null) return;
  if (draft.memberId !== o.actor.memberId) throw new AppError("forbidden");
  await deleteDraft(deps, o.draftId);
}
