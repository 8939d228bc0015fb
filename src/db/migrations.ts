import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { parseDatabaseUrl, type DatabaseLocation } from "./database-url.ts";
import { MigrationBlocked, withMigrationLock } from "./migration-lock.ts";
import { adapterFactory } from "./open-database.ts";
import { pendingMigrations } from "./pending-migrations.ts";
import {
  ensurePostgresDatabase,
  postgresPendingMigrations,
  withPostgresMigrationLock,
} from "./postgres-migrations.ts";
import { withSchemaEngine } from "./schema-engine.ts";
import { AppError } from "../services/app-error.ts";
import { SQLITE_FILES, schemaFilesFor, type SchemaFiles } from "./schema-files.ts";

export const SCHEMA_PATH = SQLITE_FILES.schemaPath;
export const MIGRATIONS_DIR = SQLITE_FILES.migrationsDir;
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The migrations folder as the engine expects it (Prisma's standard layout). */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(dir, LOCKFILE);
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(dir, name, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((e: Error) => ({ tag: "error" as const, value: e.message })),
      },
    })),
  );
  return {
    baseDir: dir,
    lockfile: {
      path: LOCKFILE,
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** The schema and migrations folder of the database engine a URL names. */
export function schemaFilesOf(databaseUrl: string): SchemaFiles {
  return schemaFilesFor(parseDatabaseUrl(databaseUrl).kind);
}

async function withEngine<T>(
  databaseUrl: string,
  work: (engine: SchemaEngine, schemaText: string) => Promise<T>,
) {
  const files = schemaFilesOf(databaseUrl);
  const schemaText = await readFile(files.schemaPath, "utf8");
  return withSchemaEngine(
    { schemaPath: files.schemaPath, schemaText, factory: adapterFactory(databaseUrl) },
    (engine) => work(engine, schemaText),
  );
}

async function apply(engine: SchemaEngine, migrationsList: MigrationList): Promise<string[]> {
  const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  return out.appliedMigrationNames;
}

function pendingIn(location: DatabaseLocation, folders: readonly string[]): Promise<string[]> {
  return location.kind === "postgres"
    ? postgresPendingMigrations(location, folders)
    : Promise.resolve(pendingMigrations(location.file, folders));
}

/** The migrations of the folder the database has not applied yet (cheap: no schema engine). */
export async function listPendingMigrations(databaseUrl: string): Promise<string[]> {
  const location = parseDatabaseUrl(databaseUrl);
  const migrationsList = await readMigrations(schemaFilesFor(location.kind).migrationsDir);
  return pendingIn(
    location,
    migrationsList.migrationDirectories.map((m) => m.path),
  );
}

/** SQLite's "busy" as the schema engine reports it through the driver adapter. */
const isBusy = (e: unknown) => /SocketTimeout|SQLITE_BUSY|database is locked/i.test(String(e));

async function withLock<T>(location: DatabaseLocation, work: () => Promise<T>): Promise<T> {
  if (location.kind === "sqlite") return withMigrationLock(location.file, work);
  await ensurePostgresDatabase(location);
  return withPostgresMigrationLock(location, work);
}

/**
 * Applies pending migrations; returns the names just applied. The schema engine is opened only
 * when something is pending (it cannot share a SQLite file with a running bot), and then under
 * the migration lock; a database it cannot obtain is `MigrationBlocked`. A PostgreSQL database
 * the server does not have yet is created first.
 */
export async function applyPendingMigrations(databaseUrl: string): Promise<string[]> {
  const location = parseDatabaseUrl(databaseUrl);
  const migrationsList = await readMigrations(schemaFilesFor(location.kind).migrationsDir);
  const folders = migrationsList.migrationDirectories.map((m) => m.path);
  if ((await pendingIn(location, folders)).length === 0) return [];
  return withLock(location, async () => {
    // Another migrator may have finished while this one waited for the lock.
    if ((await pendingIn(location, folders)).length === 0) return [];
    try {
      return await withEngine(databaseUrl, (engine) => apply(engine, migrationsList));
    } catch (e) {
      if (location.kind === "sqlite" && isBusy(e)) throw new MigrationBlocked(location.label, { cause: e });
      throw e;
    }
  });
}

export interface NewMigration {
  name: string | null;
  sql: string | null;
}

/**
 * Creates `prisma/migrations/<timestamp>_<name>/migration.sql` from the difference between the
 * migrations folder and schema.prisma, using `databaseUrl` as the development database
 * (pending migrations are applied to it first). Returns `{ name: null }` when nothing changed.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<NewMigration> {
  // SQLite's migrations are the source of truth; PostgreSQL's are derived from them.
  if (parseDatabaseUrl(databaseUrl).kind !== "sqlite") throw new AppError("new-migration-needs-sqlite");
  const migrationsList = await readMigrations();
  return withEngine(databaseUrl, async (engine, schemaText) => {
    await apply(engine, migrationsList);
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    if (diagnostic.action.tag === "reset") {
      throw new Error(`the development database needs a reset: ${diagnostic.action.reason}`);
    }
    const out = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: SCHEMA_PATH, content: schemaText }] },
      filters: NO_FILTERS,
    });
    if (out.migrationScript === null) return { name: null, sql: null };
    const dir = path.join(MIGRATIONS_DIR, out.generatedMigrationName);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
    if (!existsSync(lockPath)) {
      await writeFile(
        lockPath,
        "# Please do not edit this file manually\n" +
          "# It should be added in your version-control system (e.g., Git)\n" +
          `provider = "${out.connectorType}"\n`,
      );
    }
    return { name: out.generatedMigrationName, sql: out.migrationScript };
  });
}

/**
 * Drift check: the SQL that would take `from` to schema.prisma ("" when none).
 * `from` is the migrations folder (replayed on a shadow database) or the live database.
 */
export async function diffToSchema(databaseUrl: string, from: "migrations" | "database"): Promise<string> {
  const target = schemaFilesOf(databaseUrl);
  const migrationsList = await readMigrations(target.migrationsDir);
  return withEngine(databaseUrl, async (engine, schemaText) => {
    const files = [{ path: target.schemaPath, content: schemaText }];
    const out = await engine.diff({
      from:
        from === "migrations"
          ? { tag: "migrations", ...migrationsList }
          : { tag: "schemaDatasource", files, configDir: target.dir },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}
