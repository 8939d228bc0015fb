// PostgreSQL's side of "migrate only when pending, one migrator at a time": the cheap pending
// check reads _prisma_migrations with one query; the migration lock is a session advisory lock
// (released by the server when the holder's connection ends, so a killed migrator leaves none);
// a database that does not exist yet is created by the first migrator.
import pg from "pg";
import { withDatabase, type PostgresLocation } from "./database-url.ts";
import { MigrationBlocked } from "./migration-lock.ts";
import { quoteIdent, runOnce } from "./postgres-adapter.ts";

/** How long a second migrator waits for the first. */
const LOCK_WAIT_MS = 60_000;
/** The advisory lock's key (any constant; not Prisma's own 72707369). */
const LOCK_KEY = 71_3653_0001;

const UNDEFINED_DATABASE = "3D000";
const DUPLICATE_DATABASE = "42P04";
const LOCK_NOT_AVAILABLE = "55P03";

const codeOf = (e: unknown) => (e as { code?: unknown } | null)?.code;

/**
 * The names in `folders` not recorded as finished in `_prisma_migrations`, in order. A missing
 * database or table means every migration is pending. Writes nothing.
 */
export async function postgresPendingMigrations(
  location: PostgresLocation,
  folders: readonly string[],
): Promise<string[]> {
  const client = new pg.Client({ connectionString: location.url });
  try {
    await client.connect();
  } catch (e) {
    if (codeOf(e) === UNDEFINED_DATABASE) return [...folders];
    throw e;
  }
  let rows: { name: string }[];
  try {
    const table = await client.query("SELECT to_regclass('_prisma_migrations') AS t");
    if (table.rows[0]?.t === null) return [...folders];
    rows = (
      await client.query(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
    ).rows as { name: string }[];
  } finally {
    await client.end();
  }
  const applied = new Set(rows.map((r) => r.name));
  return folders.filter((name) => !applied.has(name));
}

/** Creates the database when the server does not have it (another migrator may race: fine). */
export async function ensurePostgresDatabase(location: PostgresLocation): Promise<void> {
  try {
    await runOnce(location.url, "SELECT 1");
    return;
  } catch (e) {
    if (codeOf(e) !== UNDEFINED_DATABASE) throw e;
  }
  try {
    await runOnce(withDatabase(location.url, "postgres"), `CREATE DATABASE ${quoteIdent(location.database)}`);
  } catch (e) {
    if (codeOf(e) !== DUPLICATE_DATABASE) throw e;
  }
}

/** Runs `work` while holding the database's migration advisory lock. */
export async function withPostgresMigrationLock<T>(
  location: PostgresLocation,
  work: () => Promise<T>,
  waitMs: number = LOCK_WAIT_MS,
): Promise<T> {
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    try {
      await client.query(`SET lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
      await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    } catch (e) {
      if (codeOf(e) === LOCK_NOT_AVAILABLE) throw new MigrationBlocked(location.label, { cause: e });
      throw e;
    }
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
