import path from "node:path";

/** Where the embedded SQLite database lives, from a `file:` DATABASE_URL. */
export interface SqliteLocation {
  kind: "sqlite";
  /** Absolute path of the database file. */
  file: string;
  /** How messages name the database: the file's path. */
  label: string;
}

/** A PostgreSQL database, from a `postgresql://` (or `postgres://`) DATABASE_URL. */
export interface PostgresLocation {
  kind: "postgres";
  /** The URL as given (handed to `pg`, which reads host, port, user, password, sslmode…). */
  url: string;
  /** The database's name (the URL's path). */
  database: string;
  /** How messages name the database: the URL without its password. */
  label: string;
}

export type DatabaseLocation = SqliteLocation | PostgresLocation;

/**
 * Resolves `file:./data/tiendo.db` (relative to `cwd`), `file:/abs/path.db`, or
 * `postgresql://user[:password]@host[:port]/database`. Other schemes are refused.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseLocation {
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return parsePostgresUrl(url);
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with "file:" or "postgresql://" (got "${url.split(":")[0]}:")`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === "") throw new Error("DATABASE_URL names no file");
  const file = path.resolve(cwd, raw);
  return { kind: "sqlite", file, label: file };
}

function parsePostgresUrl(url: string): PostgresLocation {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (database === "" || database.includes("/")) throw new Error("DATABASE_URL names no database");
  const shown = new URL(url);
  shown.password = "";
  shown.search = "";
  return { kind: "postgres", url, database, label: shown.toString() };
}

/** The same server and credentials, another database (scratch, shadow or administrative). */
export function withDatabase(url: string, database: string): string {
  const other = new URL(url);
  other.pathname = `/${encodeURIComponent(database)}`;
  return other.toString();
}
