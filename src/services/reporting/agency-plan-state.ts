// What a focal point's request needs fresh from the database, in one query: the version of the
// plan data (which active plans, as of which import; and agency merges, which move assignments
// without an import) and the periods the agency has reported. The plan data itself is cached
// under that version (deps.cache), so an import or a merge in another process is seen at once.
import { directQuery } from "../../db/direct-sql.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface AgencyPlanState {
  /** Changes whenever the agency's plan data may have: the cache key's version. */
  version: string;
  /** Reported period keys by assignment id. */
  reported: Map<string, Set<string>>;
}

interface Row {
  kind: string;
  a: string | null;
  b: string | null;
}

/** Portable SQL (SQLite and PostgreSQL): every column is text, so the three parts can be one UNION. */
export async function agencyPlanState(
  { db }: Pick<ServiceDeps, "db">,
  agencyId: string,
): Promise<AgencyPlanState> {
  const rows = await directQuery<Row>(
    db,
    Prisma.sql`
    SELECT 'plan' AS "kind", p."id" AS "a", CAST(p."importedAt" AS TEXT) AS "b"
    FROM "Plan" p WHERE p."status" = 'active'
    UNION ALL
    SELECT 'merge', CAST(COUNT(g."mergedAt") AS TEXT), CAST(MAX(g."mergedAt") AS TEXT) FROM "Agency" g
    UNION ALL
    SELECT 'report', r."assignmentId", pe."key"
    FROM "ProgressReport" r
    JOIN "Assignment" x ON x."id" = r."assignmentId"
    JOIN "ReportingPeriod" pe ON pe."id" = r."periodId"
    WHERE x."agencyId" = ${agencyId}`,
  );
  const plans: string[] = [];
  let merges = "";
  const reported = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.kind === "plan") plans.push(`${r.a}@${r.b}`);
    else if (r.kind === "merge") merges = `merges ${r.a}@${r.b}`;
    else if (r.a !== null && r.b !== null) {
      const keys = reported.get(r.a) ?? new Set<string>();
      keys.add(r.b);
      reported.set(r.a, keys);
    }
  }
  return { version: [...plans.sort(), merges].join(","), reported };
}

/** Plan data of an agency from the cache while its version holds (loaded afresh without a cache). */
export function cachedForAgency<T>(
  deps: Pick<ServiceDeps, "cache">,
  key: string,
  state: AgencyPlanState,
  load: () => Promise<T>,
): Promise<T> {
  return deps.cache ? deps.cache.get(key, state.version, load) : load();
}
