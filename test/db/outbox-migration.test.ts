// The migration to one outbox keeps what was queued or sent: a database at the first migration
// with reminder rows and digests, then the pending migrations; the rows are in Outbox.
import { randomUUID } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  applyPendingMigrations,
  MIGRATIONS_DIR,
  readMigrations,
  SCHEMA_PATH,
} from "../../src/db/migrations.ts";
import { openDatabase, sqliteAdapterFactory } from "../../src/db/open-database.ts";
import { withSchemaEngine } from "../../src/db/schema-engine.ts";
import { importPlanFile } from "../../src/services/plan/import-plan-file.ts";
import { SEED_PLAN_FILE } from "../support/seed-plan.ts";

const INIT = "20261127101037_init";

describe("the migration to one outbox", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-outbox-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("moves reminder rows and digests into Outbox with their keys; a claim in flight is pending again", async () => {
    const url = `file:${path.join(dir, "old.db")}`;
    const onlyInit = path.join(dir, "migrations");
    mkdirSync(onlyInit);
    cpSync(path.join(MIGRATIONS_DIR, INIT), path.join(onlyInit, INIT), { recursive: true });
    cpSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(onlyInit, "migration_lock.toml"));
    const migrationsList = await readMigrations(onlyInit);
    await withSchemaEngine(
      {
        schemaPath: SCHEMA_PATH,
        schemaText: readFileSync(SCHEMA_PATH, "utf8"),
        factory: sqliteAdapterFactory(url),
      },
      (engine) =>
        engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
    );

    // Data as the old version wrote it (the plan tables did not change; the old ones by hand).
    const db = await openDatabase(url);
    // Today's client reads columns added by later migrations; give the old Plan table those
    // (the later migration rebuilds Plan and keeps its rows).
    await db.$executeRawUnsafe(`ALTER TABLE "Plan" ADD COLUMN "reportSettings" TEXT NOT NULL DEFAULT '{}'`);
    const clock = { now: () => new Date("2023-03-08T01:00:00Z") };
    const imported = await importPlanFile({ db, clock }, { file: SEED_PLAN_FILE });
    expect(imported.kind === "checked" && imported.applied).toBe(true);
    const plan = await db.plan.findFirstOrThrow();
    const assignment = await db.assignment.findFirstOrThrow({ where: { mustReport: true } });
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { key: "2023-Q1" } });
    const member = await db.member.create({
      data: { id: randomUUID(), fullName: "Hoa", role: "focal-point", agencyId: assignment.agencyId },
    });
    const sub = await db.chatSubscription.create({
      data: { id: randomUUID(), planId: plan.id, channel: "telegram", chatId: "-100", kind: "digest" },
    });
    const at = "2023-03-08T01:00:00.000+00:00";
    const reminder = (id: string, step: string, status: string, messageId: string | null) =>
      db.$executeRawUnsafe(
        `INSERT INTO "ReminderOutbox" (id, assignmentId, periodId, step, recipientMemberId, channel, dueAt, status,
           attempts, nextAttemptAt, claimedBy, claimedAt, sentAt, messageId, createdAt)
         VALUES (?, ?, ?, ?, ?, 'telegram', ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
        id,
        assignment.id,
        period.id,
        step,
        member.id,
        at,
        status,
        at,
        status === "claimed" ? "old-instance" : null,
        status === "claimed" ? at : null,
        messageId ? at : null,
        messageId,
        at,
      );
    await reminder("r-sent", "before-7d", "sent", "41");
    await reminder("r-claimed", "before-3d", "claimed", null);
    await db.$executeRawUnsafe(
      `INSERT INTO "Digest" (id, planId, subscriptionId, key, status, attempts, claimedBy, claimedAt, createdAt)
       VALUES ('d-claimed', ?, ?, 'after-deadline:2023-Q1', 'claimed', 0, 'old', ?, ?)`,
      plan.id,
      sub.id,
      at,
      at,
    );
    await db.$disconnect();

    const pending = (await readMigrations()).migrationDirectories
      .map((m) => m.path)
      .filter((m) => m !== INIT);
    expect(await applyPendingMigrations(url)).toEqual(pending);
    const after = await openDatabase(url);
    const rows = await after.outbox.findMany({ orderBy: { id: "asc" } });
    await after.$disconnect();
    expect(rows).toMatchObject([
      {
        id: "d-claimed",
        kind: "digest",
        key: `digest:${sub.id}:after-deadline:2023-Q1`,
        subscriptionId: sub.id,
        payload: '{"key":"after-deadline:2023-Q1"}',
        status: "pending",
        leaseToken: null,
      },
      {
        id: "r-claimed",
        kind: "reminder",
        key: `reminder:${assignment.id}:${period.id}:before-3d:${member.id}`,
        planId: plan.id,
        step: "before-3d",
        status: "pending",
        attempts: 1,
      },
      {
        id: "r-sent",
        kind: "reminder",
        key: `reminder:${assignment.id}:${period.id}:before-7d:${member.id}`,
        status: "sent",
        messageId: "41",
        channel: "telegram",
        sentAt: new Date("2023-03-08T01:00:00Z"),
      },
    ]);
  });
});
