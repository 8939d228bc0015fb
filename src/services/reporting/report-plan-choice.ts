// A report whose item code is in several active plans: the message is kept (per person) while
// the person picks the plan; the choices are the person's own assignments with that code.
import type { Actor } from "../../domain/access/roles.ts";
import type { AttachmentRef } from "../../domain/replies/report-wizard.ts";
import type { ReportingPerson } from "./guided-step.ts";
import { reportableAssignments } from "./reportable-assignments.ts";
import type { ServiceDeps } from "../service-deps.ts";

const key = (p: ReportingPerson) => `report-plan:${p.channel}:person:${p.externalId}`;

export interface HeldReport {
  text: string;
  attachments: AttachmentRef[];
}

/** Keeps the message and returns the plans to choose from (assignment id, plan code and title). */
export async function holdReportForPlan(
  deps: ServiceDeps,
  o: { actor: Actor; person: ReportingPerson; itemCode: string; held: HeldReport },
): Promise<{ assignmentId: string; planCode: string; planTitle: string }[]> {
  const mine = (await reportableAssignments(deps, o.actor)).filter((a) => a.itemCode === o.itemCode);
  const value = JSON.stringify(o.held);
  const k = key(o.person);
  await deps.db.session.upsert({ where: { key: k }, create: { key: k, value }, update: { value } });
  return mine.map((a) => ({ assignmentId: a.assignmentId, planCode: a.plan.code, planTitle: a.plan.title }));
}

/** The held message (once: it is dropped as it is taken), or null. */
export async function takeHeldReport(deps: ServiceDeps, person: ReportingPerson): Promise<HeldReport | null> {
  const row = await deps.db.session.findUnique({ where: { key: key(person) } });
  if (row === null) return null;
  await deps.db.session.deleteMany({ where: { key: key(person) } });
  return JSON.parse(row.value) as HeldReport;
}
