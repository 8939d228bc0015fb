import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { parseDatabaseUrl } from "./database-url.ts";
import { withTransactionGate } from "./sqlite-transaction-gate.ts";

export type Db = PrismaClient;

/** Busy timeout for a second process (CLI, another instance) writing the same file. */
const BUSY_TIMEOUT_MS = 10_000;

export interface OpenOptions {
  /** A read-only connection: any write fails, the file is never created or changed. */
  readonly?: boolean;
}

/** The driver-adapter factory for a `file:` URL; the directory is created when missing. */
export function sqliteAdapterFactory(databaseUrl: string, options: OpenOptions = {}): PrismaBetterSqlite3 {
  const { file } = parseDatabaseUrl(databaseUrl);
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

/**
 * Opens the embedded database: one file, WAL journal, foreign keys enforced.
 * The caller owns the client and must `$disconnect()` it.
 */
export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Db> {
  // Updates of different chats are handled concurrently on this one connection (see the gate).
  const db = new PrismaClient({ adapter: withTransactionGate(sqliteAdapterFactory(databaseUrl, options)) });
  if (!options.readonly) {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
