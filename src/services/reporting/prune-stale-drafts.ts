// Report drafts never confirmed and guided reports left half-way are kept 30 days, then deleted in
// small batches. Nothing submitted is lost: a draft becomes a report only when it is confirmed, and
// a confirmed report lives in ProgressReport/ReportRevision, never in Session.
import type { PruneLimits } from "../transport/prune-processed-updates.ts";
import type { ServiceDeps } from "../service-deps.ts";

export const DRAFTS_KEPT: PruneLimits = { olderThanDays: 30, batchSize: 500, maxBatches: 20 };

/** Session keys of drafts (report-drafts.ts) and guided reports (report-wizard-store.ts). */
const PRUNED_PREFIXES = ["draft:", "wizard:"];

/** Deletes drafts and guided-report states untouched for the limit; returns how many. */
export async function pruneStaleDrafts(
  deps: Pick<ServiceDeps, "db" | "clock">,
  limits: PruneLimits = DRAFTS_KEPT,
): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - limits.olderThanDays * 86_400_000);
  let deleted = 0;
  for (let batch = 0; batch < limits.maxBatches; batch++) {
    const rows = await deps.db.session.findMany({
      where: {
        updatedAt: { lt: cutoff },
        OR: PRUNED_PREFIXES.map((prefix) => ({ key: { startsWith: prefix } })),
      },
      take: limits.batchSize,
      select: { key: true },
    });
    if (rows.length === 0) break;
    const { count } = await deps.db.session.deleteMany({
      where: { key: { in: rows.map((r) => r.key) }, updatedAt: { lt: cutoff } },
    });
    deleted += count;
  }
  return deleted;
}
