// Starts the sandbox over: empties every table and imports the bundled plan again. Refuses a
// database where real people (any channel but the sandbox) have joined, unless forced.
import { dialectOf, type Db } from "../../db/open-database.ts";
import { AppError } from "../app-error.ts";
import { ensurePlanLoaded, type EnsurePlanResult } from "../plan/ensure-plan-loaded.ts";
import { SANDBOX_CHANNEL } from "./sandbox-personas.ts";
import type { ServiceDeps } from "../service-deps.ts";

export async function resetSandbox(
  deps: ServiceDeps,
  options: { planFile: string; timezone: string; force?: boolean },
): Promise<EnsurePlanResult> {
  const { db } = deps;
  const real = await db.chatIdentity.count({ where: { channel: { not: SANDBOX_CHANNEL } } });
  if (real > 0 && options.force !== true) throw new AppError("sandbox-reset-real-people", { count: real });
  await emptyAllTables(db);
  return ensurePlanLoaded(deps, options.planFile, options.timezone);
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Deletes every row of every table but the migration history, in one transaction. */
async function emptyAllTables(db: Db): Promise<void> {
  if (dialectOf(db) === "postgres") {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename NOT LIKE '\_prisma\_%'`;
    if (tables.length > 0)
      await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => quoted(t.name)).join(", ")}`);
    return;
  }
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%'`;
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
    for (const { name } of tables) await tx.$executeRawUnsafe(`DELETE FROM ${quoted(name)}`);
  });
}
