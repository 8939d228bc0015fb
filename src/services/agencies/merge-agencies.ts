// Departments get merged (2025): the agency `from` joins `into`. Its members, its unused invites,
// its pauses and its assignments in active plans move to `into`; its row stays, marked merged,
// so closed plans and old reports still name it.
import { allowed, type Actor } from "../../domain/access/roles.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../app-error.ts";
import { audit, auditActor } from "../audit.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { findAgency } from "./find-agency.ts";

type Tx = Prisma.TransactionClient;

export interface MergeAgenciesResult {
  from: { code: string; name: string };
  into: { code: string; name: string };
  members: number;
  assignments: number;
  invites: number;
  /** Assignments `into` already has (same item, same role): they stay with `from`. */
  kept: number;
  applied: boolean;
}

export async function mergeAgencies(
  deps: ServiceDeps,
  o: { actor: Actor | "system"; from: string; into: string; dryRun?: boolean },
): Promise<MergeAgenciesResult> {
  if (!allowed(o.actor, "agency.manage")) throw new AppError("forbidden");
  const [from, into] = [await findAgency(deps, o.from), await findAgency(deps, o.into)];
  if (from.id === into.id) throw new AppError("agency-merge-same", { code: from.code });
  for (const a of [from, into]) {
    if (a.mergedInto !== null) throw new AppError("agency-merged", { code: a.code, into: a.mergedInto.code });
  }
  const now = deps.clock.now();
  const work = async (tx: Tx) => {
    const moved = await moveWork(tx, from.id, into.id);
    if (o.dryRun !== true) {
      await tx.agency.update({ where: { id: from.id }, data: { mergedIntoId: into.id, mergedAt: now } });
      await audit(tx, {
        at: now,
        ...auditActor(o.actor),
        action: "agency.merge",
        entity: "agency",
        entityId: from.id,
        data: { from: from.code, into: into.code, intoId: into.id, ...moved },
      });
    }
    return moved;
  };
  const names = { from: { code: from.code, name: from.name }, into: { code: into.code, name: into.name } };
  if (o.dryRun === true) {
    // The same statements in a transaction that is rolled back: the counts are what would move.
    let counts: Awaited<ReturnType<typeof moveWork>> | undefined;
    await deps.db
      .$transaction(async (tx) => {
        counts = await work(tx);
        throw new DryRun();
      })
      .catch((e: unknown) => {
        if (!(e instanceof DryRun)) throw e;
      });
    if (counts === undefined) throw new Error("merge dry run: no counts");
    return { ...names, ...counts, applied: false };
  }
  const counts = await deps.db.$transaction(work);
  return { ...names, ...counts, applied: true };
}

class DryRun extends Error {}

async function moveWork(tx: Tx, fromId: string, intoId: string) {
  const members = await tx.member.updateMany({ where: { agencyId: fromId }, data: { agencyId: intoId } });
  const invites = await tx.invite.updateMany({
    where: { agencyId: fromId, usedAt: null, revokedAt: null },
    data: { agencyId: intoId },
  });
  await tx.reminderPause.updateMany({
    where: { agencyId: fromId, liftedAt: null },
    data: { agencyId: intoId },
  });
  const open = await tx.assignment.findMany({
    where: { agencyId: fromId, plan: { status: "active" } },
    select: { id: true, planId: true, workItemId: true, role: true },
  });
  const taken = new Set(
    (
      await tx.assignment.findMany({
        where: { agencyId: intoId, planId: { in: [...new Set(open.map((a) => a.planId))] } },
        select: { workItemId: true, role: true },
      })
    ).map((a) => `${a.workItemId}/${a.role}`),
  );
  const movable = open.filter((a) => !taken.has(`${a.workItemId}/${a.role}`));
  await tx.assignment.updateMany({
    where: { id: { in: movable.map((a) => a.id) } },
    data: { agencyId: intoId },
  });
  // Each active plan now names `into` where it named `from` (unless something stayed with `from`).
  for (const planId of new Set(movable.map((a) => a.planId))) {
    const listed = await tx.planAgency.findUniqueOrThrow({
      where: { planId_agencyId: { planId, agencyId: fromId } },
    });
    const target = await tx.agency.findUniqueOrThrow({ where: { id: intoId } });
    await tx.planAgency.upsert({
      where: { planId_agencyId: { planId, agencyId: intoId } },
      create: {
        planId,
        agencyId: intoId,
        position: listed.position,
        name: target.name,
        shortName: target.shortName,
      },
      update: {},
    });
    const left = await tx.assignment.count({ where: { planId, agencyId: fromId } });
    if (left === 0) await tx.planAgency.delete({ where: { planId_agencyId: { planId, agencyId: fromId } } });
  }
  return {
    members: members.count,
    invites: invites.count,
    assignments: movable.length,
    kept: open.length - movable.length,
  };
}
