// Where each database engine's schema and migrations live. prisma/schema.prisma (SQLite) is the
// one source of truth; prisma/postgresql/schema.prisma is derived from it by
// `npm run db:derive-postgres` (provider and client output swapped, nothing else), and its
// migrations are generated against the derived schema (README, "Development: PostgreSQL").
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PRISMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma");

export interface SchemaFiles {
  /** The folder the schema's relative paths are taken from. */
  dir: string;
  schemaPath: string;
  migrationsDir: string;
}

export const SQLITE_FILES: SchemaFiles = {
  dir: PRISMA_DIR,
  schemaPath: path.join(PRISMA_DIR, "schema.prisma"),
  migrationsDir: path.join(PRISMA_DIR, "migrations"),
};

const postgresDir = path.join(PRISMA_DIR, "postgresql");
export const POSTGRES_FILES: SchemaFiles = {
  dir: postgresDir,
  schemaPath: path.join(postgresDir, "schema.prisma"),
  migrationsDir: path.join(postgresDir, "migrations"),
};

export function schemaFilesFor(kind: "sqlite" | "postgres"): SchemaFiles {
  return kind === "postgres" ? POSTGRES_FILES : SQLITE_FILES;
}

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:derive-postgres`: do not edit; edit that file\n" +
  '// and run the script again (README, "Development: PostgreSQL").\n\n';

/** The PostgreSQL schema for a SQLite schema text: provider and client output swapped. */
export function derivePostgresSchema(sqliteSchema: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/src\/generated\/prisma"/;
  if (!provider.test(sqliteSchema)) throw new Error('schema.prisma: no datasource with provider = "sqlite"');
  if (!output.test(sqliteSchema))
    throw new Error('schema.prisma: no generator with output = "../src/generated/prisma"');
  return (
    HEADER +
    sqliteSchema.replace(provider, '$1"postgresql"').replace(output, '$1"../../src/generated/prisma-pg"')
  );
}
