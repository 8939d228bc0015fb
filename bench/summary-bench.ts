// Summaries at province scale, /summary through the fake Telegram server, chart rendering.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { percentile } from "./stats.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { computeSummary } from "../src/domain/summary/compute-summary.ts";
import { translator } from "../src/i18n/translator.ts";
import { renderBudgetChart } from "../src/reports/charts/budget-chart.ts";
import { importPlanFile } from "../src/services/plan/import-plan-file.ts";
import { loadSummarySnapshot } from "../src/services/summary/load-summary-snapshot.ts";
import { startBenchApp } from "./bench-app.ts";
import { generateReminderPlan } from "./generate-province-plan.ts";

export async function benchSummaries(print: (name: string, value: string) => void): Promise<void> {
  // 1. A province: 1,000 agencies, 10,000 assignments, 40,000 reports (a year of quarters), with revisions.
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-summary-"));
  const url = `file:${path.join(dir, "s.db")}`;
  await applyPendingMigrations(url);
  const db = await openDatabase(url);
  const clock = { now: () => new Date("2024-01-10T03:00:00Z") };
  const file = path.join(dir, "plan.yaml");
  writeFileSync(file, generateReminderPlan(1000, 10));
  await importPlanFile({ db, clock }, { file });
  const [assignments, periods] = await Promise.all([
    db.assignment.findMany({ select: { id: true } }),
    db.reportingPeriod.findMany({ select: { id: true, dueAt: true } }),
  ]);
  const reports: {
    id: string;
    assignmentId: string;
    periodId: string;
    reference: string;
    createdAt: Date;
  }[] = [];
  const revisions: Record<string, unknown>[] = [];
  for (const a of assignments) {
    for (const p of periods) {
      const id = randomUUID();
      reports.push({
        id,
        assignmentId: a.id,
        periodId: p.id,
        reference: id.slice(0, 12),
        createdAt: p.dueAt,
      });
      const n = reports.length % 3 === 0 ? 2 : 1;
      for (let r = 1; r <= n; r++) {
        revisions.push({
          id: randomUUID(),
          reportId: id,
          number: r,
          status: "in-progress",
          progressPermille: (reports.length * 7) % 1000,
          disbursedTotalVnd: BigInt((reports.length % 9) + 1) * 1_000_000n,
          late: reports.length % 5 === 0,
          channel: "telegram",
          idempotencyKey: randomUUID(),
          submittedAt: new Date(p.dueAt.getTime() - 86_400_000 * (reports.length % 5 === 0 ? -2 : 2) + r),
        });
      }
    }
  }
  for (let i = 0; i < reports.length; i += 2000)
    await db.progressReport.createMany({ data: reports.slice(i, i + 2000) });
  for (let i = 0; i < revisions.length; i += 2000)
    await db.reportRevision.createMany({ data: revisions.slice(i, i + 2000) as never });
  const deps = { db, clock };
  await loadSummarySnapshot(deps, "2023-Q3"); // warm-up
  const t0 = performance.now();
  const snapshot = await loadSummarySnapshot(deps, "2023-Q3");
  const t1 = performance.now();
  let summary = computeSummary(snapshot);
  const t2 = performance.now();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    summary = computeSummary(snapshot);
    warm.push(performance.now() - s);
  }
  warm.sort((a, b) => a - b);
  print(
    `summary: province (${assignments.length} assignments, ${reports.length} reports, ${revisions.length} revisions)`,
    `load ${(t1 - t0).toFixed(0)} ms + compute ${(t2 - t1).toFixed(0)} ms = ${(t2 - t0).toFixed(0)} ms, first call (received ${summary.received}/${summary.expected}); compute again, median of 5: ${(warm[2] ?? 0).toFixed(0)} ms`,
  );
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });

  // 2. /summary through the fake server, seed plan, a leader asking 100 times.
  const TOKEN = "123456:BENCH-summary-fake-server_xyz";
  const seedClock = { now: () => new Date("2023-03-20T03:00:00Z") };
  const bench = await startBenchApp(TOKEN, seedClock);
  const chat = await bench.join("leader");
  for (let i = 0; i < 10; i++) await chat.ask("/summary");
  const lat: number[] = [];
  for (let i = 0; i < 100; i++) {
    const s = performance.now();
    await chat.ask("/summary");
    lat.push(performance.now() - s);
  }
  print(
    "summary: /summary through the fake server (seed plan)",
    `p50 ${percentile(lat, 50).toFixed(1)} ms, p95 ${percentile(lat, 95).toFixed(1)} ms (target p95 < 300 ms)`,
  );
  const seedSummary = computeSummary(
    await loadSummarySnapshot({ db: bench.app.db, clock: seedClock }, "2023-Q1"),
  );
  await bench.stop();

  // 3. Chart rendering.
  const t = translator("vi");
  renderBudgetChart({ summary: seedSummary, t, locale: "vi" });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    renderBudgetChart({ summary: seedSummary, t, locale: "vi" });
    times.push(performance.now() - s);
  }
  print("summary: render the PNG chart (median of 20)", `${percentile(times, 50).toFixed(1)} ms`);
}
