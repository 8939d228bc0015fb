// One migrator at a time. The lock is an exclusive transaction on a small SQLite file next to the
// database ("<db>.migrate-lock"): SQLite's own file locks, so the operating system releases it
// when the holder exits or is killed (no stale lock file to clean up after a crash), and a second
// migrator simply waits for the first. It cannot be a lock row in the database itself: the schema
// engine needs to write there, and before the first migration there is no table to hold it.
import Database from "better-sqlite3";

/** How long a second migrator waits for the first (a migration takes about a second). */
const LOCK_WAIT_MS = 60_000;

/** The database could not be had for a migration: another migrator, or a process holding the file. */
export class MigrationBlocked extends Error {
  constructor(
    readonly file: string,
    options?: { cause: unknown },
  ) {
    super(`the database ${file} is in use; migrations could not run`, options);
    this.name = "MigrationBlocked";
  }
}

/** Runs `work` while holding the migration lock of the database `file`. */
export async function withMigrationLock<T>(
  file: string,
  work: () => Promise<T>,
  waitMs: number = LOCK_WAIT_MS,
): Promise<T> {
  const lockFile = `${file}.migrate-lock`;
  const lock = new Database(lockFile, { timeout: waitMs });
  try {
    try {
      lock.exec("BEGIN EXCLUSIVE");
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith("SQLITE_BUSY"))
        throw new MigrationBlocked(file, { cause: e });
      throw e;
    }
    try {
      return await work();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}
