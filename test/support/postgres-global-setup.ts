// Vitest global setup: with TEST_DATABASE=postgres, migrates one template database for the whole
// run (each test's database is a copy of it, see temp-database.ts) and, at the end, drops it and
// any database of this run a test left behind. Does nothing on SQLite.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { withDatabase } from "../../src/db/database-url.ts";
import { applyPendingMigrations } from "../../src/db/migrations.ts";
import { quoteIdent, runOnce } from "../../src/db/postgres-adapter.ts";
import { DEFAULT_POSTGRES_URL } from "../../src/db/postgres-derivation.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresRunId: string;
    postgresTemplate: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
  const runId = randomBytes(4).toString("hex");
  project.provide("postgresRunId", runId);
  if (process.env.TEST_DATABASE !== "postgres") {
    project.provide("postgresTemplate", undefined);
    return async () => undefined;
  }
  const template = `tiendo_template_${runId}`;
  await applyPendingMigrations(withDatabase(server, template));
  project.provide("postgresTemplate", template);
  return async () => {
    const leftovers = await runOnce(
      server,
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2",
      [`tiendo\\_test\\_${runId}\\_%`, template],
    );
    for (const { datname } of leftovers.rows as { datname: string }[]) {
      await runOnce(server, `DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
  };
}
