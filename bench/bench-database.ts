// A scratch database for a benchmark: a SQLite file in a temporary folder, or a PostgreSQL database
// tiendo_bench_<random> on BENCH_POSTGRES_URL's server (127.0.0.1:5432 by default), dropped after.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { withDatabase } from "../src/db/database-url.ts";
import { quoteIdent, runOnce } from "../src/db/postgres-adapter.ts";
import { DEFAULT_POSTGRES_URL } from "../src/db/postgres-derivation.ts";

export type BenchKind = "sqlite" | "postgres";

export async function benchDatabase(kind: BenchKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "tiendo-bench-"));
    return {
      url: `file:${path.join(dir, "bench.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
  const name = `tiendo_bench_${randomBytes(6).toString("hex")}`;
  await runOnce(server, `CREATE DATABASE ${quoteIdent(name)}`);
  return {
    url: withDatabase(server, name),
    drop: async () => {
      await runOnce(server, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    },
  };
}
