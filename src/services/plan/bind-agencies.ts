// A plan file names agencies by code: a code the registry knows binds to that agency (a changed
// name renames it, kept in the audit log and in each plan's printed name), an unknown one is
// created. The plan's own list (PlanAgency) follows the file.
import { randomUUID } from "node:crypto";
import type { Change } from "../../domain/plan/diff-plan.ts";
import type { AgencyModel } from "../../domain/plan/plan-model.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit.ts";

type Tx = Prisma.TransactionClient;

/** What an import does to the registry for one agency of the file. */
export interface AgencyBinding {
  code: string;
  kind: "new" | "known" | "renamed";
  /** The registry's name before (renamed) and the file's name. */
  before: string | null;
  after: string;
  /** Set when the code names an agency merged into another (the import is refused). */
  mergedInto: string | null;
}

export async function agencyBindings(db: Tx, agencies: AgencyModel[]): Promise<AgencyBinding[]> {
  const known = await db.agency.findMany({
    where: { code: { in: agencies.map((a) => a.code) } },
    select: { code: true, name: true, mergedInto: { select: { code: true } } },
  });
  const byCode = new Map(known.map((k) => [k.code, k]));
  return agencies.map((a) => {
    const k = byCode.get(a.code);
    const kind = k === undefined ? "new" : k.name === a.name ? "known" : "renamed";
    return {
      code: a.code,
      kind,
      before: kind === "renamed" ? (k?.name ?? null) : null,
      after: a.name,
      mergedInto: k?.mergedInto?.code ?? null,
    };
  });
}

const registryData = (a: AgencyModel) => ({
  name: a.name,
  shortName: a.shortName,
  kind: a.kind,
  isStandingOffice: a.isStandingOffice,
});

/**
 * Writes the registry and the plan's agency list for an import's agency changes; fills `ids`
 * (code → agency id) for the agencies the plan gains.
 */
export async function applyAgencyChanges(
  tx: Tx,
  o: { planId: string; changes: Change[]; ids: Map<string, string>; now: Date; actorLabel: string },
): Promise<void> {
  const { planId, ids } = o;
  const of = (kind: Change["kind"]) =>
    o.changes.filter((c) => c.entity === "agency" && c.kind === kind) as Change<AgencyModel>[];
  for (const c of of("delete")) {
    const id = ids.get(c.key);
    if (id !== undefined)
      await tx.planAgency.delete({ where: { planId_agencyId: { planId, agencyId: id } } });
  }
  for (const c of [...of("create"), ...of("update")]) {
    const a = c.after as AgencyModel;
    const stored = await tx.agency.findUnique({ where: { code: a.code } });
    let agencyId = stored?.id;
    if (stored === null) {
      agencyId = randomUUID();
      await tx.agency.create({ data: { id: agencyId, code: a.code, ...registryData(a) } });
    } else {
      const data = registryData(a);
      const differs = (Object.keys(data) as (keyof typeof data)[]).some((f) => data[f] !== stored[f]);
      if (differs) await tx.agency.update({ where: { id: stored.id }, data });
      if (stored.name !== a.name) {
        await audit(tx, {
          at: o.now,
          actorLabel: o.actorLabel,
          action: "agency.rename",
          entity: "agency",
          entityId: stored.id,
          data: { code: a.code, before: stored.name, after: a.name, planId },
        });
      }
    }
    if (agencyId === undefined) continue;
    ids.set(a.code, agencyId);
    const listed = { position: a.position, name: a.name, shortName: a.shortName };
    await tx.planAgency.upsert({
      where: { planId_agencyId: { planId, agencyId } },
      create: { planId, agencyId, ...listed },
      update: listed,
    });
  }
}
