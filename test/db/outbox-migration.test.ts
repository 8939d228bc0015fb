// The migration to one outbox keeps what was queued or sent: a database at the first migration
// with reminder rows and digests, then the pending migrations; the rows are in Outbox.
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

    // Data as the old version wrote it, in the tables of the first migration (by hand: today's
    // client speaks a later schema): one plan, agency, item, assignment, period and member.
    const db = await openDatabase(url);
    const ts = "2023-03-08T01:00:00.000+00:00";
    const seedRows: [string, Record<string, string | number>][] = [
      [
        "Plan",
        {
          id: "plan",
          code: "bac-kan-2023",
          title: "KH",
          programName: "CT",
          year: 2023,
          issuer: "UBND",
          timezone: "Asia/Ho_Chi_Minh",
          declaredTotalVnd: 0,
          declaredInvestmentVnd: 0,
          declaredRecurrentVnd: 0,
          declaredCentralVnd: 0,
          declaredLocalVnd: 0,
          otherSources: "[]",
          workingDays: "1,2,3,4,5",
          deadlineShift: "previous-working-day",
          reminderPolicy: "{}",
          contentHash: "h",
          importedAt: ts,
          updatedAt: ts,
        },
      ],
      [
        "Agency",
        {
          id: "ag",
          planId: "plan",
          code: "LDTBXH",
          name: "Phòng LĐTBXH",
          kind: "department",
          position: 0,
          updatedAt: ts,
        },
      ],
      [
        "WorkItem",
        {
          id: "item",
          planId: "plan",
          code: "DA5.TDA3",
          level: "subproject",
          title: "TDA3",
          position: 0,
          updatedAt: ts,
        },
      ],
      [
        "Assignment",
        {
          id: "asg",
          planId: "plan",
          agencyId: "ag",
          workItemId: "item",
          role: "lead",
          mustReport: 1,
          updatedAt: ts,
        },
      ],
      [
        "ReportingCalendar",
        {
          id: "cal",
          planId: "plan",
          code: "quarterly",
          name: "Quý",
          cadence: "quarterly",
          dueRule: "{}",
          position: 0,
        },
      ],
      [
        "ReportingPeriod",
        {
          id: "q1",
          planId: "plan",
          calendarId: "cal",
          key: "2023-Q1",
          label: "Quý I",
          startDate: "2023-01-01",
          endDate: "2023-03-31",
          nominalDueDate: "2023-03-15",
          dueDate: "2023-03-15",
          dueAt: ts,
        },
      ],
      ["Member", { id: "hoa", fullName: "Hoa", role: "focal-point", agencyId: "ag" }],
      [
        "ChatSubscription",
        { id: "sub", planId: "plan", channel: "telegram", chatId: "-100", kind: "digest" },
      ],
    ];
    for (const [table, row] of seedRows) {
      const cols = Object.keys(row);
      await db.$executeRawUnsafe(
        `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
        ...Object.values(row),
      );
    }
    const [plan, assignment, period, member, sub] = [
      { id: "plan" },
      { id: "asg" },
      { id: "q1" },
      { id: "hoa" },
      { id: "sub" },
    ];
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
