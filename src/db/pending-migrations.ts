// The cheap check before any migration: which folders of prisma/migrations the database has not
// applied yet, read with one query on a read-only connection. The schema engine is never loaded
// for this, so it works while the bot holds the file.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { MigrationBlocked } from "./migration-lock.ts";

/** How long a read waits for a writer that holds the file (WAL: readers rarely wait at all). */
const READ_BUSY_TIMEOUT_MS = 5_000;

/**
 * The names in `folders` that are not recorded as finished in `_prisma_migrations`, in order.
 * A missing file or a missing table means every migration is pending. Writes nothing.
 */
export function pendingMigrations(file: string, folders: readonly string[]): string[] {
  if (!existsSync(file)) return [...folders];
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: READ_BUSY_TIMEOUT_MS });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (table === undefined) return [...folders];
    const rows = db
      .prepare(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
      .all() as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return folders.filter((name) => !applied.has(name));
  } catch (e) {
    // A writer in rollback-journal mode (or an exclusive lock) held the file past the timeout.
    if ((e as { code?: string }).code?.startsWith("SQLITE_BUSY"))
      throw new MigrationBlocked(file, { cause: e });
    throw e;
  } finally {
    db.close();
  }
}
