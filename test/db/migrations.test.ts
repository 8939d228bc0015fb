// The same migration and drift checks on both engines: SQLite (prisma/migrations) and PostgreSQL
// (prisma/postgresql/migrations, derived from SQLite's), each on a database of its own.
import { afterAll, describe, expect, it } from "vitest";
import {
  applyPendingMigrations,
  diffToSchema,
  readMigrations,
  schemaFilesOf,
} from "../../src/db/migrations.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { tempLocation, type DatabaseKind, type TempLocation } from "../support/temp-database.ts";

describe.each<DatabaseKind>(["sqlite", "postgres"])("migrations on %s", (kind) => {
  let location: TempLocation | undefined;
  const fresh = async () => (location ??= await tempLocation(kind));
  afterAll(async () => location?.drop());

  it("are in Prisma's standard layout", async () => {
    const { url } = await fresh();
    const list = await readMigrations(schemaFilesOf(url).migrationsDir);
    expect(list.lockfile.content).toContain(`provider = "${kind === "sqlite" ? "sqlite" : "postgresql"}"`);
    expect(list.migrationDirectories.length).toBeGreaterThan(0);
    for (const m of list.migrationDirectories) {
      expect(m.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(m.migrationFile.content.tag).toBe("ok");
    }
  });

  it("apply to a fresh database once, then have nothing pending", async () => {
    const { url } = await fresh();
    const list = await readMigrations(schemaFilesOf(url).migrationsDir);
    expect(await applyPendingMigrations(url)).toEqual(list.migrationDirectories.map((m) => m.path));
    expect(await applyPendingMigrations(url)).toEqual([]);
    const db = await openDatabase(url);
    if (kind === "sqlite") {
      expect(await db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
      expect(await db.$queryRawUnsafe("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1n }]);
    } else {
      expect(await db.plan.count()).toBe(0);
    }
    await db.$disconnect();
  });

  it("produce exactly the schema (no drift), from the folder and in the live database", async () => {
    const { url } = await fresh();
    expect(await diffToSchema(url, "migrations")).toBe("");
    expect(await diffToSchema(url, "database")).toBe("");
  });
});
