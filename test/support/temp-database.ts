// A real, migrated database per test: a SQLite file (the default) or, with TEST_DATABASE=postgres,
// a PostgreSQL database tiendo_test_<run>_<random> on TEST_POSTGRES_URL's server (127.0.0.1:5432
// by default), created for the test and dropped by close(). Migrations run once into a template
// (a file per worker for SQLite; one database per run for PostgreSQL, made by
// test/support/postgres-global-setup.ts), which each test copies: a fresh migrate costs a second.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { withDatabase } from "../../src/db/database-url.ts";
import { applyPendingMigrations } from "../../src/db/migrations.ts";
import { openDatabase, type Db } from "../../src/db/open-database.ts";
import { quoteIdent, runOnce } from "../../src/db/postgres-adapter.ts";
import { DEFAULT_POSTGRES_URL } from "../../src/db/postgres-derivation.ts";

export type DatabaseKind = "sqlite" | "postgres";

/** The database engine the suite runs on: TEST_DATABASE=postgres, or SQLite. */
export const TEST_DATABASE: DatabaseKind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
/** A PostgreSQL server the tests may create and drop databases on. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;

let sqliteTemplate: Promise<string> | undefined;

function migratedSqliteTemplate(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tiendo-template-"));
    const file = path.join(dir, "template.db");
    await applyPendingMigrations(`file:${file}`);
    // Fold the WAL into the main file so a plain copy carries the schema.
    const db = await openDatabase(`file:${file}`);
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();
    return file;
  })();
  return sqliteTemplate;
}

/** An empty database's URL and how to remove it (nothing is opened, nothing migrated). */
export interface TempLocation {
  kind: DatabaseKind;
  url: string;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  drop(): Promise<void>;
}

/** The run's prefix for PostgreSQL test databases (leftovers are dropped by the global teardown). */
function runPrefix(): string {
  return `tiendo_test_${inject("postgresRunId") ?? "x"}_`;
}

/**
 * A database nobody has used: a file name in a fresh directory, or a new PostgreSQL database
 * (created empty, or from `template`).
 */
export async function tempLocation(
  kind: DatabaseKind = TEST_DATABASE,
  options: { template?: string | undefined } = {},
): Promise<TempLocation> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "tiendo-test-"));
    const file = path.join(dir, "tiendo.db");
    if (options.template !== undefined) copyFileSync(options.template, file);
    return {
      kind,
      url: `file:${file}`,
      file,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `${runPrefix()}${randomBytes(6).toString("hex")}`;
  const template = options.template === undefined ? "" : ` TEMPLATE ${quoteIdent(options.template)}`;
  await runOnce(TEST_POSTGRES_URL, `CREATE DATABASE ${quoteIdent(name)}${template}`);
  return {
    kind,
    url: withDatabase(TEST_POSTGRES_URL, name),
    file: null,
    drop: async () => {
      await runOnce(TEST_POSTGRES_URL, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    },
  };
}

export interface TempDatabase {
  kind: DatabaseKind;
  url: string;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  db: Db;
  close(): Promise<void>;
}

/** A migrated database with an open client; close() disconnects and removes it. */
export async function tempDatabase(kind: DatabaseKind = TEST_DATABASE): Promise<TempDatabase> {
  const template = kind === "sqlite" ? await migratedSqliteTemplate() : inject("postgresTemplate");
  const location = await tempLocation(kind, { template });
  // PostgreSQL asked for in a SQLite run (no template was made): migrate this one database.
  if (template === undefined) await applyPendingMigrations(location.url);
  const db = await openDatabase(location.url);
  return {
    kind,
    url: location.url,
    file: location.file,
    db,
    close: async () => {
      await db.$disconnect();
      await location.drop();
    },
  };
}
