// `npm run bench`: prints figures for validating and importing plans (never asserted in tests).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { readPlanFile } from "../src/domain/plan/read-plan-file.ts";
import { importPlanFile } from "../src/services/plan/import-plan-file.ts";
import { systemClock } from "../src/services/service-deps.ts";
import { benchDatabase, type BenchKind } from "./bench-database.ts";
import { benchBot } from "./bot-bench.ts";
import { benchExports } from "./export-bench.ts";
import { benchReminders } from "./reminder-bench.ts";
import { benchReports } from "./report-bench.ts";
import { benchSandbox } from "./sandbox-bench.ts";
import { benchSummaries } from "./summary-bench.ts";
import { benchZalo } from "./zalo-bench.ts";
import { benchPlanDraft } from "./plan-draft-bench.ts";
import { benchRegistry } from "./registry-bench.ts";
import { generateProvincePlan } from "./generate-province-plan.ts";

const SEED = path.resolve(import.meta.dirname, "../prisma/data/bac-kan-2023.yaml");

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const rows: [string, string][] = [];
const row = (name: string, ms: number, note = "") => {
  rows.push([name, `${ms.toFixed(1)} ms${note ? `  (${note})` : ""}`]);
  process.stdout.write(`${name.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms${note ? `  ${note}` : ""}\n`);
};

async function benchImport(label: string, file: string, kind: BenchKind = "sqlite") {
  const scratch = await benchDatabase(kind);
  const url = scratch.url;
  try {
    await applyPendingMigrations(url);
    const db = await openDatabase(url);
    const deps = { db, clock: systemClock };
    const first = await time(() => importPlanFile(deps, { file }));
    if (first.value.kind !== "checked" || !first.value.applied) throw new Error(`${label}: import failed`);
    row(`${label}: import into a fresh database`, first.ms, `${first.value.changes.length} changes`);
    const again = await time(() => importPlanFile(deps, { file }));
    row(
      `${label}: re-import, nothing changed`,
      again.ms,
      `${again.value.kind === "checked" ? again.value.changes.length : "?"} changes`,
    );
    await db.$disconnect();
  } finally {
    await scratch.drop();
  }
}

/**
 * `npm run bench -- <section> [sqlite|postgres]` runs one section (bot, reminders, summary, registry),
 * on both databases or the one named; no argument runs them all.
 */
const only = process.argv[2];
const kinds = (["sqlite", "postgres"] as const).filter(
  (k) => process.argv[3] === undefined || process.argv[3] === k,
);

async function main() {
  process.stdout.write(`tiendo benchmarks · node ${process.version} · ${new Date().toISOString()}\n\n`);
  const line = (name: string, value: string) => process.stdout.write(`${name.padEnd(56)} ${value}\n`);
  // `npm run bench -- registry`: only the several-plans section.
  if (only === "registry") return benchRegistry(line);
  // The sections with a target on both databases run for SQLite, then for PostgreSQL.
  const onBoth = async (section: (print: typeof line, kind: BenchKind) => Promise<void>) => {
    for (const kind of kinds) await section(line, kind);
  };
  const sections: Record<string, () => Promise<void>> = {
    bot: () => onBoth(benchBot),
    reminders: () => onBoth(benchReminders),
    summary: () => onBoth(benchSummaries),
  };
  if (only !== undefined) {
    const section = sections[only];
    if (section === undefined)
      throw new Error(
        `unknown bench section "${only}" (known: ${[...Object.keys(sections), "registry"].join(", ")})`,
      );
    return section();
  }
  const seedText = readFileSync(SEED, "utf8");
  readPlanFile(seedText); // warm-up
  const seedRuns = Array.from({ length: 20 }, () => {
    const s = performance.now();
    readPlanFile(seedText);
    return performance.now() - s;
  });
  row("seed plan: validate (median of 20)", median(seedRuns));
  await benchImport("seed plan", SEED);
  await benchImport("seed plan on PostgreSQL", SEED, "postgres");

  const gen = await time(() => generateProvincePlan());
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-province-"));
  const file = path.join(dir, "province.yaml");
  writeFileSync(file, gen.value);
  const v = await time(() => readPlanFile(gen.value));
  const m = v.value.model;
  if (!v.value.ok || m === null)
    throw new Error(`province plan invalid: ${JSON.stringify(v.value.errors.slice(0, 3))}`);
  row(
    "province plan: validate",
    v.ms,
    `${m.agencies.length} agencies, ${m.items.length - 1} items, ${m.assignments.length} assignments, ${(gen.value.length / 1e6).toFixed(1)} MB YAML`,
  );
  await benchImport("province plan", file);
  await benchImport("province plan on PostgreSQL", file, "postgres");
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write("\nTargets: seed import < 1 s; province-scale import < 15 s.\n\n");
  await onBoth(benchBot);
  await benchSandbox(line);
  process.stdout.write("\n");
  await onBoth(benchReminders);
  process.stdout.write("\n");
  await benchZalo(line);
  process.stdout.write("\n");
  await benchReports(line);
  process.stdout.write("\n");
  await onBoth(benchSummaries);
  process.stdout.write("\n");
  await benchExports(line);
  process.stdout.write("\n");
  await benchPlanDraft(line);
  process.stdout.write("\n");
  await benchRegistry(line);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
