// The summary's joined SQL reads (issue 15) against an oracle that reads every report and revision
// of the plan with plain Prisma queries: the same summary, field for field, on many revisions
// (several per report, corrections sent after the period, reports filed late for an earlier period
// or early for the next, figures left out), several plans, several periods and dates.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { computeSummary } from "../../../src/domain/summary/compute-summary.ts";
import type { SummarySnapshot } from "../../../src/domain/summary/summary-types.ts";
import type { ReportStatus } from "../../../src/domain/replies/reply-fields.ts";
import type { CapitalType, ItemLevel } from "../../../src/domain/plan/plan-model.ts";
import { loadSummarySnapshot } from "../../../src/services/summary/load-summary-snapshot.ts";
import { generateReminderPlan } from "../../../bench/generate-province-plan.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { M, summaryWorld, type SummaryWorld } from "./summary-world.ts";

const SECOND_PLAN = path.resolve(import.meta.dirname, "../../fixtures/plans/bac-kan-2024.yaml");

let w: SummaryWorld;
beforeEach(async () => {
  w = await summaryWorld();
});
afterEach(() => w.close());

/** A small deterministic generator (mulberry32): the same reports on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const STATUSES: ReportStatus[] = ["not-started", "in-progress", "completed", "stuck"];

/**
 * Reports written straight into the database: most assignments report for most periods, with one
 * to three revisions sent from a month before the period starts to three months after it ends
 * (so late ones, corrections and early ones), some without disbursement or progress. What it
 * returns writes the revisions sent by a moment (nothing is sent in the future): call it as the
 * clock moves on.
 */
async function fill(planId: string, seed: number, share = 0.75): Promise<(by: Date) => Promise<number>> {
  const next = random(seed);
  const db = w.temp.db;
  const [assignments, periods, existing] = await Promise.all([
    db.assignment.findMany({ where: { planId }, select: { id: true } }),
    db.reportingPeriod.findMany({ where: { planId }, select: { id: true, startDate: true, endDate: true } }),
    db.progressReport.findMany({ select: { assignmentId: true, periodId: true } }),
  ]);
  const taken = new Set(existing.map((r) => `${r.assignmentId} ${r.periodId}`));
  const reports: { id: string; assignmentId: string; periodId: string; reference: string }[] = [];
  const revisions: ({ reportId: string; submittedAt: Date } & Record<string, unknown>)[] = [];
  for (const a of assignments)
    for (const p of periods) {
      if (next() > share || taken.has(`${a.id} ${p.id}`)) continue;
      const id = randomUUID();
      reports.push({ id, assignmentId: a.id, periodId: p.id, reference: `BC-${id.slice(0, 10)}` });
      const from = new Date(`${p.startDate}T00:00:00+07:00`).getTime() - 30 * DAY;
      const to = new Date(`${p.endDate}T23:59:59+07:00`).getTime() + 90 * DAY;
      const times = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Math.floor(from + next() * (to - from)),
      ).sort((x, y) => x - y);
      times.forEach((at, i) => {
        const money = () => BigInt(Math.floor(next() * 900)) * M;
        revisions.push({
          id: randomUUID(),
          reportId: id,
          number: i + 1,
          status: STATUSES[Math.floor(next() * STATUSES.length)],
          progressPermille: next() < 0.2 ? null : Math.floor(next() * 1000),
          disbursedTotalVnd: next() < 0.2 ? null : money(),
          disbursedInvestmentVnd: next() < 0.5 ? null : money(),
          disbursedRecurrentVnd: next() < 0.5 ? null : money(),
          obstacles: next() < 0.3 ? `vướng ${i}` : null,
          proposals: next() < 0.2 ? `đề xuất ${i}` : null,
          results: next() < 0.5 ? `kết quả ${i}` : null,
          late: next() < 0.3,
          channel: "telegram",
          idempotencyKey: randomUUID(),
          submittedAt: new Date(at),
        });
      });
    }
  revisions.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const written = new Set<string>();
  let sent = 0;
  return async (by) => {
    const now = revisions.slice(sent).filter((v) => v.submittedAt <= by);
    const ids = new Set(now.map((v) => v.reportId));
    const fresh = reports.filter((r) => ids.has(r.id) && !written.has(r.id));
    for (const r of fresh) written.add(r.id);
    for (let i = 0; i < fresh.length; i += 500)
      await db.progressReport.createMany({ data: fresh.slice(i, i + 500) });
    for (let i = 0; i < now.length; i += 500)
      await db.reportRevision.createMany({ data: now.slice(i, i + 500) as never });
    sent += now.length;
    return sent;
  };
}

/** The oracle: the snapshot's plan and assignments through Prisma's selects, every report of the plan. */
async function everything(s: SummarySnapshot): Promise<SummarySnapshot> {
  const db = w.temp.db;
  const planId = s.plan.id;
  const calendarId = (await db.reportingPeriod.findUniqueOrThrow({ where: { id: s.period.id } })).calendarId;
  const ASSIGNMENT = {
    id: true,
    role: true,
    agency: { select: { code: true } },
    workItem: { select: { code: true } },
  } as const;
  const [agencies, items, lines, assignments, others, leads, reports] = await Promise.all([
    db.planAgency.findMany({ where: { planId }, orderBy: { position: "asc" }, include: { agency: true } }),
    db.workItem.findMany({ where: { planId }, orderBy: { position: "asc" }, include: { parent: true } }),
    db.budgetLine.findMany({ where: { planId }, include: { items: { include: { workItem: true } } } }),
    db.assignment.findMany({
      where: { planId, mustReport: true, calendars: { some: { calendarId } } },
      select: ASSIGNMENT,
    }),
    db.assignment.findMany({
      where: { planId, mustReport: true, calendars: { none: { calendarId } } },
      select: ASSIGNMENT,
    }),
    db.assignment.findMany({
      where: { planId, role: { in: ["lead", "implement"] } },
      select: { agency: { select: { code: true } }, workItem: { select: { code: true } } },
    }),
    db.progressReport.findMany({ where: { period: { planId } }, include: { period: true } }),
  ]);
  // Revisions apart: a nested include binds one parameter per report, past SQLite's limit.
  const revisions = await db.reportRevision.findMany({
    where: { report: { period: { planId } } },
    orderBy: [{ reportId: "asc" }, { number: "asc" }],
  });
  const revisionsOf = new Map<string, typeof revisions>();
  for (const v of revisions) revisionsOf.set(v.reportId, [...(revisionsOf.get(v.reportId) ?? []), v]);
  const asAssignment = (a: (typeof assignments)[number]) => ({
    id: a.id,
    agencyCode: a.agency.code,
    itemCode: a.workItem.code,
    role: a.role,
  });
  return {
    ...s,
    agencies: agencies.map((a) => ({ code: a.agency.code, name: a.agency.name })),
    items: items.map((i) => ({
      code: i.code,
      level: i.level as ItemLevel,
      parentCode: i.parent?.code ?? null,
      title: i.title,
    })),
    budgetLines: lines.map((l) => ({
      code: l.code,
      capitalType: l.capitalType as CapitalType,
      amountVnd: l.amountVnd,
      itemCodes: l.items.map((k) => k.workItem.code),
    })),
    assignments: assignments.map(asAssignment),
    otherReporters: others.map(asAssignment),
    leads: leads.map((l) => ({ agencyCode: l.agency.code, itemCode: l.workItem.code })),
    reports: reports.map((r) => ({
      assignmentId: r.assignmentId,
      periodKey: r.period.key,
      reference: r.reference,
      revisions: (revisionsOf.get(r.id) ?? []).map((v) => ({ ...v, status: v.status as ReportStatus })),
    })),
  };
}

/** Snapshot parts whose order carries no meaning, in one order. */
const sorted = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));

async function expectSameSummary(planId: string, periodKey: string, asOf?: string) {
  const s = await loadSummarySnapshot(w.deps, periodKey, { planId, asOf });
  const oracle = await everything(s);
  expect(computeSummary(s)).toEqual(computeSummary(oracle));
  // The period's own reports come whole, with their texts (the workbook and /agency list them).
  const own = (x: SummarySnapshot) =>
    sorted(
      x.reports.filter((r) => r.periodKey === s.period.key),
      (r) => r.reference,
    ).map((r) => ({
      ...r,
      revisions: r.revisions.map(({ number, submittedAt, late, results, obstacles, proposals }) => ({
        number,
        submittedAt,
        late,
        results,
        obstacles,
        proposals,
      })),
    }));
  expect(own(s)).toEqual(own(oracle));
  expect(s.agencies).toEqual(oracle.agencies);
  expect(sorted(s.budgetLines, (l) => l.code)).toEqual(sorted(oracle.budgetLines, (l) => l.code));
  expect(sorted(s.leads, (l) => `${l.agencyCode} ${l.itemCode}`)).toEqual(
    sorted(oracle.leads, (l) => `${l.agencyCode} ${l.itemCode}`),
  );
  return computeSummary(s);
}

describe("the summary read with joined SQL equals the one computed from every revision", () => {
  it("two plans with many revisions: every period, at several moments and as-of dates", async () => {
    const seed = await w.importPlan(SEED_PLAN_FILE, "2023-01-05T09:00:00");
    const next = await w.importPlan(SECOND_PLAN, "2023-01-05T09:00:00");
    const sendSeed = await fill(seed, 1);
    const sendNext = await fill(next, 2);
    const periods = await w.temp.db.reportingPeriod.findMany({ where: { planId: seed } });
    let carried = 0;
    for (const now of [
      "2023-05-02T09:00:00",
      "2023-08-15T09:00:00",
      "2024-03-01T09:00:00",
      "2024-07-01T09:00:00",
    ]) {
      w.clock.set(now);
      await sendSeed(w.clock.now());
      await sendNext(w.clock.now());
      for (const p of periods) {
        const s = await expectSameSummary(seed, p.key);
        carried += s.carried.length;
      }
      await expectSameSummary(next, "2024-Q2");
    }
    expect(await sendSeed(w.clock.now())).toBeGreaterThan(60);
    for (const asOf of ["2023-02-10", "2023-06-30", "2023-07-15", "2023-12-31"])
      await expectSameSummary(seed, "2023-H1", asOf);
    // The data does exercise figures from other periods' reports.
    expect(carried).toBeGreaterThan(0);
  });

  it("a closed plan and a paused reporting: the plan's reports still count", async () => {
    const seed = await w.importPlan(SEED_PLAN_FILE, "2023-01-05T09:00:00");
    await w.send(seed, "UBND-HT", "2023-06-12T10:00:00", "DA4.TDA1.ND1", "2023-Q2", 340, 60);
    await w.send(seed, "VP", "2023-06-20T08:30:00", "DA10.TDA1.ND1", "2023-Q2", 360);
    await w.send(seed, "LDTBXH", "2023-07-20T09:00:00", "DA5.TDA3", "2023-H1", 1500, 45);
    await (
      await fill(seed, 3, 0.3)
    )(new Date("2026-01-01T00:00:00Z"));
    await w.temp.db.plan.update({ where: { id: seed }, data: { status: "closed", closedAt: new Date() } });
    w.clock.set("2026-11-27T09:00:00");
    for (const key of ["2023-Q1", "2023-Q2", "2023-H1", "2023-Q4"]) await expectSameSummary(seed, key);
  });

  it("a plan of 600 assignments, most without a recent report: earlier periods read whole", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tiendo-equivalence-"));
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, generateReminderPlan(60, 10));
    const plan = await w.importPlan(file, "2023-01-05T09:00:00");
    rmSync(dir, { recursive: true, force: true });
    w.clock.set("2024-01-10T09:00:00");
    const sendAll = await fill(plan, 4, 0.12);
    await sendAll(w.clock.now());
    for (const key of ["2023-Q2", "2023-Q3", "2023-Q4"]) await expectSameSummary(plan, key);
  });
});
