// The migration that numbers ProcessedUpdate (seq) keeps the updates left unfinished, with their
// stored copy, in arrival order (oldest first, ties by update id), on both engines: a database at
// the migration before, rows written as the old version wrote them, then the pending migrations.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyPendingMigrations, readMigrations } from "../../../src/db/migrations.ts";
import { adapterFactory, openDatabase } from "../../../src/db/open-database.ts";
import { schemaFilesFor } from "../../../src/db/schema-files.ts";
import { withSchemaEngine } from "../../../src/db/schema-engine.ts";
import { systemClock } from "../../../src/services/service-deps.ts";
import { pendingUpdates, storeUpdate } from "../../../src/services/transport/processed-updates.ts";
import { tempLocation } from "../../support/temp-database.ts";

const MIGRATION = "20261127231658_chat_leases";

describe.each(["sqlite", "postgres"] as const)("the arrival-number migration (%s)", (kind) => {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-seq-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps unfinished updates with their copy, numbered oldest first with ties by update id", async () => {
    const location = await tempLocation(kind);
    try {
      // The database as the version before this migration left it.
      const files = schemaFilesFor(kind);
      const before = path.join(dir, "migrations");
      mkdirSync(before);
      for (const name of readdirSync(files.migrationsDir))
        if (name < MIGRATION)
          cpSync(path.join(files.migrationsDir, name), path.join(before, name), { recursive: true });
      const migrationsList = await readMigrations(before);
      await withSchemaEngine(
        {
          schemaPath: files.schemaPath,
          schemaText: readFileSync(files.schemaPath, "utf8"),
          factory: adapterFactory(location.url),
        },
        (engine) =>
          engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
      );
      const db = await openDatabase(location.url);
      // Rows in the old table's shape (by hand: today's client speaks the new one). Two arrived at
      // the same instant; one unfinished update has no chat; one was still under a live lease.
      const at = (s: string) =>
        kind === "sqlite" ? `'2026-11-27T10:00:0${s}.000+00:00'` : `'2026-11-27 10:00:0${s}'`;
      const rows = [
        `('telegram', '103', '7', 'handling', '{"u":103}', NULL, ${at("2")})`,
        `('telegram', '100', '7', 'done', NULL, NULL, ${at("1")})`,
        `('telegram', '102', '7', 'handling', '{"u":102}', ${at("9")}, ${at("2")})`,
        `('telegram', '101', NULL, 'handling', '{"u":101}', NULL, ${at("3")})`,
        `('zalo', 'z1', '9', 'handling', '{"z":1}', NULL, ${at("0")})`,
      ];
      await db.$executeRawUnsafe(
        `INSERT INTO "ProcessedUpdate" ("channel", "updateId", "chatKey", "status", "payload", "leaseUntil", "processedAt") VALUES ${rows.join(", ")}`,
      );
      await db.$disconnect();

      // This migration first, then any that came after it.
      expect((await applyPendingMigrations(location.url))[0]).toBe(MIGRATION);
      const after = await openDatabase(location.url);
      try {
        const all = await after.processedUpdate.findMany({ orderBy: { seq: "asc" } });
        expect(all.map((r) => [r.updateId, r.status, r.chatKey, r.payload])).toEqual([
          ["z1", "handling", "9", '{"z":1}'],
          ["100", "done", "7", null],
          ["102", "handling", "7", '{"u":102}'],
          ["103", "handling", "7", '{"u":103}'],
          ["101", "handling", "update:101", '{"u":101}'],
        ]);
        expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
        expect(all[2]?.leaseUntil).toEqual(new Date("2026-11-27T10:00:09Z"));
        // A new arrival comes after them; the chat's line is in arrival order.
        const deps = { db: after, clock: systemClock };
        expect(
          await storeUpdate(deps, { channel: "telegram", updateId: "104", chatKey: "7", payload: "{}" }),
        ).toBe(6);
        const line = await pendingUpdates(deps, { channel: "telegram", chatKey: "7", limit: 10 });
        expect(line.map((u) => u.updateId)).toEqual(["102", "103", "104"]); // 102's lease has lapsed
      } finally {
        await after.$disconnect();
      }
    } finally {
      await location.drop();
    }
  }, 60_000);
});
