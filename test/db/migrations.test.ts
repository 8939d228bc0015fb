import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyPendingMigrations, diffToSchema, readMigrations } from "../../src/db/migrations.ts";
import { openDatabase } from "../../src/db/open-database.ts";

describe("migrations", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-migrate-"));
  const url = `file:${path.join(dir, "fresh.db")}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are in Prisma's standard layout", async () => {
    const list = await readMigrations();
    expect(list.lockfile.content).toContain('provider = "sqlite"');
    expect(list.migrationDirectories.length).toBeGreaterThan(0);
    for (const m of list.migrationDirectories) {
      expect(m.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(m.migrationFile.content.tag).toBe("ok");
    }
  });

  it("apply to a fresh file once, then have nothing pending", async () => {
    const list = await readMigrations();
    expect(await applyPendingMigrations(url)).toEqual(list.migrationDirectories.map((m) => m.path));
    expect(await applyPendingMigrations(url)).toEqual([]);
    const db = await openDatabase(url);
    expect(await db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    expect(await db.$queryRawUnsafe("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1n }]);
    await db.$disconnect();
  });

  it("produce exactly schema.prisma (no drift), from the folder and in the live database", async () => {
    expect(await diffToSchema(url, "migrations")).toBe("");
    expect(await diffToSchema(url, "database")).toBe("");
  });
});
