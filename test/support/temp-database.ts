// A real, migrated SQLite file per test. Migrations run once per worker into a template file,
// which each test copies (a fresh migrate costs about a second).
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyPendingMigrations } from "../../src/db/migrations.ts";
import { openDatabase, type Db } from "../../src/db/open-database.ts";

let template: Promise<string> | undefined;

function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tiendo-template-"));
    const file = path.join(dir, "template.db");
    await applyPendingMigrations(`file:${file}`);
    // Fold the WAL into the main file so a plain copy carries the schema.
    const db = await openDatabase(`file:${file}`);
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();
    return file;
  })();
  return template;
}

export interface TempDatabase {
  url: string;
  file: string;
  db: Db;
  close(): Promise<void>;
}

export async function tempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-test-"));
  const file = path.join(dir, "tiendo.db");
  copyFileSync(await migratedTemplate(), file);
  const url = `file:${file}`;
  const db = await openDatabase(url);
  return {
    url,
    file,
    db,
    close: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
