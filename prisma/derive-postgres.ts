// npm run db:derive-postgres: brings prisma/postgresql/ (schema and migrations) up to date with
// prisma/schema.prisma and prisma/migrations. With --check: changes nothing, fails when stale.
// Needs a PostgreSQL server for the shadow database: TEST_POSTGRES_URL, or 127.0.0.1:5432.
import { DEFAULT_POSTGRES_URL, derivePostgres, postgresDrift } from "../src/db/postgres-derivation.ts";

const server = process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;

async function main(): Promise<number> {
  if (process.argv.includes("--check")) {
    const problems = await postgresDrift(server);
    for (const p of problems) process.stderr.write(`stale: ${p}\n`);
    if (problems.length === 0) process.stdout.write("prisma/postgresql is up to date\n");
    return problems.length === 0 ? 0 : 1;
  }
  const derived = await derivePostgres(server);
  if (derived.schemaChanged)
    process.stdout.write("wrote prisma/postgresql/schema.prisma (run npm run generate)\n");
  if (derived.migration !== null) {
    process.stdout.write(`wrote prisma/postgresql/migrations/${derived.migration}/migration.sql\n`);
  }
  for (const name of derived.handWrite) {
    process.stdout.write(`hand-write the data part of ${name} in that file (marked HAND-WRITE)\n`);
  }
  if (!derived.schemaChanged && derived.migration === null) process.stdout.write("nothing to derive\n");
  return 0;
}

// The schema engine never disposes its adapters: exit explicitly.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
