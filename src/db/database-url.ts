import path from "node:path";

/** Where the embedded SQLite database lives, from a `file:` DATABASE_URL. */
export interface SqliteLocation {
  kind: "sqlite";
  /** Absolute path of the database file. */
  file: string;
}

/**
 * Resolves `file:./data/tiendo.db` (relative to `cwd`) or `file:/abs/path.db`.
 * Other schemes are refused: the embedded SQLite database is the only target for now.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): SqliteLocation {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with "file:" (got "${url.split(":")[0]}:")`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === "") throw new Error("DATABASE_URL names no file");
  return { kind: "sqlite", file: path.resolve(cwd, raw) };
}
