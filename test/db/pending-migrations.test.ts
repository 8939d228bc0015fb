import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MigrationBlocked, withMigrationLock } from "../../src/db/migration-lock.ts";
import { applyPendingMigrations, readMigrations } from "../../src/db/migrations.ts";
import { pendingMigrations } from "../../src/db/pending-migrations.ts";
import { prepareDatabase } from "../../src/db/prepare-database.ts";
import { AppError } from "../../src/services/app-error.ts";

const dir = mkdtempSync(path.join(tmpdir(), "tiendo-pending-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("migrations only when pending", () => {
  it("a missing file or table means all pending; the check creates nothing", async () => {
    const folders = (await readMigrations()).migrationDirectories.map((m) => m.path);
    const missing = path.join(dir, "missing.db");
    expect(pendingMigrations(missing, folders)).toEqual(folders);
    expect(() => statSync(missing)).toThrow();
    const bare = path.join(dir, "bare.db");
    new Database(bare).close();
    expect(pendingMigrations(bare, folders)).toEqual(folders);
  });

  it("after migrating nothing is pending, and applying again never opens the engine", async () => {
    const url = `file:${path.join(dir, "migrated.db")}`;
    expect((await applyPendingMigrations(url)).length).toBeGreaterThan(0);
    const folders = (await readMigrations()).migrationDirectories.map((m) => m.path);
    expect(pendingMigrations(path.join(dir, "migrated.db"), folders)).toEqual([]);
    // While another process holds an exclusive lock, the cheap check still answers at once.
    const holder = new Database(path.join(dir, "migrated.db"));
    holder.exec("BEGIN IMMEDIATE");
    try {
      expect(await applyPendingMigrations(url)).toEqual([]);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });

  it("pending migrations on a file another process writes to: database-busy, not an engine error", async () => {
    const file = path.join(dir, "held.db");
    const holder = new Database(file);
    holder.exec("CREATE TABLE x (a); BEGIN EXCLUSIVE; INSERT INTO x VALUES (1);");
    try {
      const error = await prepareDatabase(`file:${file}`, "write").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("database-busy");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  }, 60_000);

  it("one migrator at a time: a second waits, then gives up with MigrationBlocked", async () => {
    const file = path.join(dir, "locked.db");
    let inner: unknown;
    await withMigrationLock(file, async () => {
      inner = await withMigrationLock(file, async () => "never", 200).catch((e: unknown) => e);
    });
    expect(inner).toBeInstanceOf(MigrationBlocked);
    expect(await withMigrationLock(file, async () => "free again")).toBe("free again");
  });
});
