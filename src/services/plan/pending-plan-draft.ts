// A plan draft made in the chat waits in the Session table for its author's choice (import or
// skip): one per person, so a second document replaces the first, and a restart loses nothing.
import { z } from "zod";
import type { ReportingPerson } from "../reporting/guided-step.ts";
import type { ServiceDeps } from "../service-deps.ts";

export const ZPendingPlanDraft = z.object({
  id: z.string().uuid(),
  fileName: z.string(),
  yaml: z.string(),
});
export type TPendingPlanDraft = z.infer<typeof ZPendingPlanDraft>;

/** The Session key of a person's pending draft. */
export const pendingPlanDraftKey = (person: ReportingPerson) =>
  `plan-draft:${person.channel}:${person.externalId}`;

/** The person's pending draft with this id, as stored (its row value), or null. */
export async function pendingPlanDraft(
  { db }: Pick<ServiceDeps, "db">,
  person: ReportingPerson,
  id: string,
): Promise<{ draft: TPendingPlanDraft; stored: string } | null> {
  const row = await db.session.findUnique({ where: { key: pendingPlanDraftKey(person) } });
  if (row === null) return null;
  const parsed = ZPendingPlanDraft.safeParse(JSON.parse(row.value));
  return parsed.success && parsed.data.id === id ? { draft: parsed.data, stored: row.value } : null;
}
