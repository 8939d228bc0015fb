import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client.ts";
import { parseDatabaseUrl, type SqliteLocation } from "./database-url.ts";
import { postgresAdapterFactory } from "./postgres-adapter.ts";
import { rememberingAdapter } from "./direct-sql.ts";
import { withStatementCache } from "./sqlite-statement-cache.ts";
import { withTransactionGate } from "./sqlite-transaction-gate.ts";

/**
 * The client type the code is written against. On PostgreSQL the client generated from
 * prisma/postgresql/schema.prisma runs instead (a client generated for SQLite refuses adapter-pg);
 * both come from one schema, so their models, fields and the queries the code uses are the same.
 */
export type Db = PrismaClient;

/** Busy timeout for a second process (CLI, another instance) writing the same file. */
const BUSY_TIMEOUT_MS = 10_000;

export interface OpenOptions {
  /** A read-only connection: any write fails, the file is never created or changed. */
  readonly?: boolean;
}

/** The driver-adapter factory for a `file:` URL; the directory is created when missing. */
export function sqliteAdapterFactory(databaseUrl: string, options: OpenOptions = {}): PrismaBetterSqlite3 {
  const { file } = sqliteLocation(databaseUrl);
  if (options.readonly) {
    return new PrismaBetterSqlite3({
      url: file,
      timeout: BUSY_TIMEOUT_MS,
      readonly: true,
      fileMustExist: true,
    });
  }
  mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: file, timeout: BUSY_TIMEOUT_MS });
}

function sqliteLocation(databaseUrl: string): SqliteLocation {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.kind !== "sqlite") throw new Error("not a SQLite database URL");
  return location;
}

/** The driver-adapter factory for any DATABASE_URL (SQLite file or PostgreSQL). */
export function adapterFactory(
  databaseUrl: string,
  options: OpenOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  const location = parseDatabaseUrl(databaseUrl);
  return location.kind === "postgres"
    ? postgresAdapterFactory(location, options)
    : sqliteAdapterFactory(databaseUrl, options);
}

/**
 * Opens the database. SQLite: one file, WAL journal, foreign keys enforced. PostgreSQL: a pool
 * of connections (read-only transactions when `readonly`). The caller owns the client and must
 * `$disconnect()` it.
 */
export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Db> {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.kind === "postgres") {
    const { factory, attach } = rememberingAdapter(postgresAdapterFactory(location, options), "postgres");
    const client = new PostgresPrismaClient({ adapter: factory });
    attach(client);
    return client as unknown as Db;
  }
  // Updates of different chats are handled concurrently on this one connection (see the gate).
  const { factory, attach } = rememberingAdapter(
    withTransactionGate(
      withStatementCache(sqliteAdapterFactory(databaseUrl, options)),
      options.readonly ? {} : { groupCommitFile: path.resolve(sqliteLocation(databaseUrl).file) },
    ),
    "sqlite",
  );
  const db = new PrismaClient({ adapter: factory });
  attach(db);
  if (!options.readonly) {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

/** Which database engine a client talks to (for the few statements that differ). */
export function dialectOf(db: Db): "sqlite" | "postgres" {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql"
    ? "postgres"
    : "sqlite";
}
