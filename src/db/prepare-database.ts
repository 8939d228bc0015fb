import { parseDatabaseUrl } from "./database-url.ts";
import { MigrationBlocked } from "./migration-lock.ts";
import { applyPendingMigrations, listPendingMigrations } from "./migrations.ts";
import { openDatabase, type Db } from "./open-database.ts";
import { AppError } from "../services/app-error.ts";

/**
 * Opens the database for a piece of work. `write`: applies pending migrations first (only when
 * some are pending, under the migration lock). `read`: never writes, never migrates; a database
 * that is missing or behind its migrations is a clear error instead. `checkMs`: how long the
 * migration check (and any migration) took — the database wait a second process may meet.
 */
export async function prepareDatabase(
  databaseUrl: string,
  access: "read" | "write" = "write",
): Promise<{ db: Db; applied: string[]; checkMs: number }> {
  const file = parseDatabaseUrl(databaseUrl).label;
  const started = performance.now();
  if (access === "read") {
    const pending = await listPendingMigrations(databaseUrl).catch((e: unknown) => {
      throw e instanceof MigrationBlocked ? new AppError("database-busy", { file }) : e;
    });
    const checkMs = Math.round(performance.now() - started);
    if (pending.length > 0) throw new AppError("database-not-ready", { file });
    return { db: await openDatabase(databaseUrl, { readonly: true }), applied: [], checkMs };
  }
  let applied: string[];
  try {
    applied = await applyPendingMigrations(databaseUrl);
  } catch (e) {
    if (e instanceof MigrationBlocked) throw new AppError("database-busy", { file });
    throw e;
  }
  const checkMs = Math.round(performance.now() - started);
  return { db: await openDatabase(databaseUrl), applied, checkMs };
}
