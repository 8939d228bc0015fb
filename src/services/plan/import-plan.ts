import { randomUUID } from "node:crypto";
import { assignmentKey, diffPlan, type Change } from "../../domain/plan/diff-plan.ts";
import type { PlanModel } from "../../domain/plan/plan-model.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { applyPlanChanges } from "./apply-plan-changes.ts";
import { agencyBindings, type AgencyBinding } from "./bind-agencies.ts";
import { loadPlanModel } from "./load-plan-model.ts";
import type { ServiceDeps } from "../service-deps.ts";

type Tx = Prisma.TransactionClient;

export interface ImportPlanOptions {
  model: PlanModel;
  contentHash: string;
  sourceFile: string | null;
  dryRun?: boolean;
  actorLabel?: string;
  /** The status of a plan imported for the first time (default active); a re-import keeps it. */
  status?: "draft" | "active";
}

/** Why an import cannot remove something: it already has reports or members. */
export interface Refusal {
  entity: "item" | "agency" | "assignment" | "period" | "agency-merged";
  params: Record<string, string>;
}

export interface ImportPlanResult {
  planCode: string;
  changes: Change[];
  refusals: Refusal[];
  /** How the file's agencies bind to the registry: known, new, or renamed by this file. */
  agencies: AgencyBinding[];
  applied: boolean;
}

/**
 * Imports a validated plan: idempotent (the same file twice changes nothing), updates what
 * was edited, and refuses to remove anything that already has reports. Agencies bind to the
 * registry by code (see bind-agencies.ts).
 */
export async function importPlan(deps: ServiceDeps, options: ImportPlanOptions): Promise<ImportPlanResult> {
  const { db, clock } = deps;
  const { model } = options;
  const stored = await loadPlanModel(deps, model.meta.code);
  const changes = diffPlan(stored, model);
  const agencies = await agencyBindings(db, model.agencies);
  const refusals = [
    ...agencies
      .filter((a) => a.mergedInto !== null)
      .map((a): Refusal => ({ entity: "agency-merged", params: { code: a.code, into: a.mergedInto ?? "" } })),
    ...(stored === null ? [] : await findRefusals(deps, model.meta.code, changes)),
  ];
  const result = { planCode: model.meta.code, changes, refusals, agencies, applied: false };
  if (changes.length === 0 || refusals.length > 0 || options.dryRun === true) return result;

  await db.$transaction(
    async (tx) => {
      const planId = await writePlanHeader(tx, options, clock.now());
      const actorLabel = options.actorLabel ?? "cli";
      await applyPlanChanges(tx, planId, changes, { now: clock.now(), actorLabel });
      await tx.auditLog.create({
        data: {
          id: randomUUID(),
          at: clock.now(),
          actorLabel,
          action: "plan.import",
          entity: "plan",
          entityId: planId,
          data: JSON.stringify({
            sourceFile: options.sourceFile,
            contentHash: options.contentHash,
            changes: changes.map((c) => `${c.kind} ${c.entity} ${c.key}`),
          }),
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { ...result, applied: true };
}

async function findRefusals(deps: Pick<ServiceDeps, "db">, planCode: string, changes: Change[]) {
  const { db } = deps;
  const deleted = (entity: Change["entity"]) =>
    new Set(changes.filter((c) => c.kind === "delete" && c.entity === entity).map((c) => c.key));
  const [items, agencies, assignments, periods] = [
    deleted("item"),
    deleted("agency"),
    deleted("assignment"),
    deleted("period"),
  ];
  if (items.size + agencies.size + assignments.size + periods.size === 0) return [];
  const reported = await db.progressReport.findMany({
    where: { assignment: { plan: { code: planCode } } },
    select: {
      period: { select: { key: true } },
      assignment: {
        select: { role: true, agency: { select: { code: true } }, workItem: { select: { code: true } } },
      },
    },
  });
  const refusals: Refusal[] = [];
  const add = (r: Refusal) => {
    if (
      !refusals.some((x) => x.entity === r.entity && JSON.stringify(x.params) === JSON.stringify(r.params))
    ) {
      refusals.push(r);
    }
  };
  for (const r of reported) {
    const a = r.assignment;
    const key = assignmentKey({ agencyCode: a.agency.code, itemCode: a.workItem.code, role: a.role });
    if (items.has(a.workItem.code)) add({ entity: "item", params: { code: a.workItem.code } });
    if (agencies.has(a.agency.code)) add({ entity: "agency", params: { code: a.agency.code } });
    if (assignments.has(key) && !items.has(a.workItem.code) && !agencies.has(a.agency.code)) {
      add({ entity: "assignment", params: { agency: a.agency.code, item: a.workItem.code, role: a.role } });
    }
    if (periods.has(r.period.key)) add({ entity: "period", params: { code: r.period.key } });
  }
  return refusals;
}

async function writePlanHeader(tx: Tx, options: ImportPlanOptions, now: Date): Promise<string> {
  const { meta, totals } = options.model;
  const data = {
    title: meta.title,
    programName: meta.programName,
    year: meta.year,
    documentNumber: meta.documentNumber,
    documentDate: meta.documentDate,
    issuer: meta.issuer,
    signer: meta.signer,
    timezone: meta.timezone,
    declaredTotalVnd: totals.total,
    declaredInvestmentVnd: totals.investment,
    declaredRecurrentVnd: totals.recurrent,
    declaredCentralVnd: totals.central,
    declaredLocalVnd: totals.local,
    otherSources: JSON.stringify(totals.otherSources),
    workingDays: options.model.workingDays.join(","),
    deadlineShift: options.model.deadlineShift,
    reminderPolicy: options.model.reminderPolicy,
    reportSettings: options.model.reportSettings,
    sourceFile: options.sourceFile,
    contentHash: options.contentHash,
    importedAt: now,
  };
  const plan = await tx.plan.upsert({
    where: { code: meta.code },
    create: {
      id: randomUUID(),
      code: meta.code,
      ...data,
      status: options.status ?? "active",
      activatedAt: options.status === "draft" ? null : now,
    },
    update: data,
    select: { id: true },
  });
  return plan.id;
}
