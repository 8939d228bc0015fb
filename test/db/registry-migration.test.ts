// The agency registry migration keeps everything a database filled by the previous version holds
// (test/fixtures/registry-migration: two plans sharing agency codes, made by make-old-database.ts
// with commit 4b806ff): agencies of the same code become one, plans name them through PlanAgency.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyPendingMigrations } from "../../src/db/migrations.ts";
import { openDatabase } from "../../src/db/open-database.ts";

const DUMP = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/registry-migration/old-database.sql",
);

const KEPT = [
  "Plan",
  "Member",
  "ChatIdentity",
  "Invite",
  "ProgressReport",
  "ReportRevision",
  "Outbox",
  "AuditLog",
  "ReminderPause",
  "ChatSubscription",
  "Assignment",
  "WorkItem",
  "ReportingPeriod",
  "BudgetLine",
  "Holiday",
] as const;

function counts(file: string, tables: readonly string[]): Record<string, number> {
  const sqlite = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
  } finally {
    sqlite.close();
  }
}

describe("the agency registry migration", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-registry-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("turns plan-scoped agencies into one registry and loses no member, report, outbox row or audit entry", async () => {
    const file = path.join(dir, "old.db");
    const old = new Database(file);
    old.exec(readFileSync(DUMP, "utf8"));
    const oldAgencies = old
      .prepare(
        `SELECT a."id", a."code", a."name", p."code" AS "plan" FROM "Agency" a JOIN "Plan" p ON p."id" = a."planId"`,
      )
      .all() as { id: string; code: string; name: string; plan: string }[];
    const oldMembers = old
      .prepare(`SELECT m."id", a."code" FROM "Member" m LEFT JOIN "Agency" a ON a."id" = m."agencyId"`)
      .all() as { id: string; code: string | null }[];
    const oldAssignments = old
      .prepare(
        `SELECT s."id", a."code", s."planId" FROM "Assignment" s JOIN "Agency" a ON a."id" = s."agencyId"`,
      )
      .all() as { id: string; code: string; planId: string }[];
    old.close();
    const before = counts(file, KEPT);
    expect(oldAgencies).toHaveLength(28);
    expect(before).toMatchObject({ Plan: 2, Member: 5, ReportRevision: 4, Outbox: 1, ReminderPause: 1 });

    await applyPendingMigrations(`file:${file}`);

    expect(counts(file, KEPT)).toEqual(before);
    expect(counts(file, ["Agency", "PlanAgency"])).toEqual({ Agency: 14, PlanAgency: 28 });
    const db = await openDatabase(`file:${file}`);
    try {
      expect(await db.$queryRawUnsafe(`PRAGMA foreign_key_check`)).toEqual([]);
      // One agency per code; its name is the one the most recently imported plan printed.
      const tckh = await db.agency.findUniqueOrThrow({
        where: { code: "TCKH" },
        include: { plans: { include: { plan: { select: { code: true } } }, orderBy: { name: "asc" } } },
      });
      expect(tckh.name).toBe("Phòng Tài chính - Kế hoạch thành phố");
      expect(tckh.plans.map((p) => [p.plan.code, p.name, p.position])).toEqual([
        ["bac-kan-2023", "Phòng Tài chính - Kế hoạch", 1],
        ["bac-kan-giam-ngheo-2023", "Phòng Tài chính - Kế hoạch thành phố", 1],
      ]);
      // Members, assignments, invites and pauses point at the agency of their old row's code.
      const members = await db.member.findMany({ select: { id: true, agency: { select: { code: true } } } });
      expect(new Map(members.map((m) => [m.id, m.agency?.code ?? null]))).toEqual(
        new Map(oldMembers.map((m) => [m.id, m.code])),
      );
      const assignments = await db.assignment.findMany({
        select: { id: true, planId: true, agency: { select: { code: true } } },
      });
      expect(new Map(assignments.map((a) => [a.id, `${a.planId}:${a.agency.code}`]))).toEqual(
        new Map(oldAssignments.map((a) => [a.id, `${a.planId}:${a.code}`])),
      );
      const lan = await db.member.findFirstOrThrow({
        where: { fullName: "Trần Thị Lan" },
        include: { identities: true, revisions: { orderBy: { number: "asc" } } },
      });
      expect(lan.identities).toHaveLength(1);
      expect(lan.revisions.map((r) => [r.number, r.progressPermille])).toEqual([
        [1, 300],
        [2, 450],
      ]);
      const pause = await db.reminderPause.findFirstOrThrow({ include: { agency: true } });
      expect(pause.agency?.code).toBe("NV");
      const invites = await db.invite.findMany({ where: { usedAt: null }, include: { agency: true } });
      expect(invites.map((i) => i.agency?.code ?? null).sort()).toEqual(["TTYT", null]);
      const reminder = await db.outbox.findFirstOrThrow({
        include: { assignment: { include: { agency: true } } },
      });
      expect(reminder).toMatchObject({ kind: "reminder", status: "pending" });
      expect(reminder.assignment?.agency.code).toBe("HLHPN");
      expect(await db.auditLog.count({ where: { action: "plan.import" } })).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });
});
