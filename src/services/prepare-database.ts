import { applyPendingMigrations } from "../db/migrations.ts";
import { openDatabase, type Db } from "../db/open-database.ts";

/** Applies pending migrations, then opens the database. */
export async function prepareDatabase(databaseUrl: string): Promise<{ db: Db; applied: string[] }> {
  const applied = await applyPendingMigrations(databaseUrl);
  return { db: await openDatabase(databaseUrl), applied };
}
