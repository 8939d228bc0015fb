// Several active plans at province scale: 3 plans × 1,000 agencies × 10 assignments on the same
// agencies and people; the reminder tick and each plan's summary, next to one plan alone.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { openDatabase, type Db } from "../src/db/open-database.ts";
import { computeSummary } from "../src/domain/summary/compute-summary.ts";
import { importPlanFile } from "../src/services/plan/import-plan-file.ts";
import { enqueueDueReminders } from "../src/services/reminders/enqueue-due-reminders.ts";
import { loadSummarySnapshot } from "../src/services/summary/load-summary-snapshot.ts";
import { addFocalPoints } from "./add-focal-points.ts";
import { generateReminderPlan } from "./generate-province-plan.ts";

const PLAN_CODES = ["province-1719", "province-giam-ngheo", "province-nong-thon-moi"];

async function province(plans: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-registry-"));
  const url = `file:${path.join(dir, "r.db")}`;
  await applyPendingMigrations(url);
  const db = await openDatabase(url);
  const clock = { now: () => new Date("2023-03-08T01:00:00Z") }; // 08:00 local, seven days before Q1
  for (const code of PLAN_CODES.slice(0, plans)) {
    const file = path.join(dir, `${code}.yaml`);
    writeFileSync(file, generateReminderPlan(1000, 10).replace("code: reminder-bench", `code: ${code}`));
    const r = await importPlanFile({ db, clock }, { file });
    if (r.kind !== "checked" || !r.applied) throw new Error(`bench plan ${code} import failed`);
  }
  await addFocalPoints(db, clock.now());
  return {
    db,
    clock,
    close: async (d: Db) => (await d.$disconnect(), rmSync(dir, { recursive: true, force: true })),
  };
}

const ms = (start: number) => `${(performance.now() - start).toFixed(1)} ms`;

export async function benchRegistry(print: (name: string, value: string) => void): Promise<void> {
  for (const plans of [1, 3]) {
    const w = await province(plans);
    const deps = { db: w.db, clock: w.clock };
    const [assignments, agencies] = await Promise.all([w.db.assignment.count(), w.db.agency.count()]);
    const label = `${plans} active plan${plans > 1 ? "s" : ""} (${assignments} assignments, ${agencies} agencies)`;
    let t = performance.now();
    const tick = await enqueueDueReminders(deps, w.clock.now());
    print(`registry: ${label}: reminder tick, queue ${tick.added}`, ms(t));
    t = performance.now();
    const again = await enqueueDueReminders(deps, w.clock.now());
    print(`registry: ${label}: next tick, nothing new (${again.added})`, ms(t));
    for (const code of PLAN_CODES.slice(0, plans)) {
      t = performance.now();
      const summary = computeSummary(await loadSummarySnapshot(deps, "2023-Q1", { planCode: code }));
      print(`registry: ${label}: summary of ${code} (${summary.expected} expected)`, ms(t));
    }
    await w.close(w.db);
  }
}
