// Time to produce the period's files (workbook, report draft, three charts, the PDF through
// LibreOffice) for the seed plan and for a province (1,000 agencies, 10,000 assignments).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { translator } from "../src/i18n/translator.ts";
import { EXPORT_FORMATS, exportPeriodFiles } from "../src/services/summary/export-period.ts";
import { importPlanFile } from "../src/services/plan/import-plan-file.ts";
import { generateReminderPlan } from "./generate-province-plan.ts";

const SEED = path.resolve(import.meta.dirname, "../prisma/data/bac-kan-2023.yaml");

async function benchPlan(
  label: string,
  planText: string | null,
  print: (name: string, value: string) => void,
) {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-export-"));
  try {
    const url = `file:${path.join(dir, "e.db")}`;
    await applyPendingMigrations(url);
    const db = await openDatabase(url);
    const deps = { db, clock: { now: () => new Date("2023-06-20T03:00:00Z") } };
    const file = planText === null ? SEED : path.join(dir, "plan.yaml");
    if (planText !== null) writeFileSync(file, planText);
    await importPlanFile(deps, { file });
    const base = {
      actor: "system" as const,
      periodKey: "2023-Q2",
      t: translator("vi"),
      locale: "vi",
      timezone: "Asia/Ho_Chi_Minh",
    };
    await exportPeriodFiles(deps, { ...base, formats: ["xlsx", "docx", "png"] }); // warm-up
    const parts: string[] = [];
    let total = 0;
    for (const format of EXPORT_FORMATS) {
      const s = performance.now();
      const { files, notices } = await exportPeriodFiles(deps, { ...base, formats: [format] });
      const ms = performance.now() - s;
      total += ms;
      const size = files[0] ? `${Math.round(files[0].bytes.length / 1024)} KB` : (notices[0] ?? "none");
      parts.push(`${format} ${ms.toFixed(0)} ms (${size})`);
    }
    print(`export: ${label}, each format alone`, parts.join(", "));
    print(`export: ${label}, all files one by one`, `${total.toFixed(0)} ms`);
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchExports(print: (name: string, value: string) => void): Promise<void> {
  await benchPlan("seed plan", null, print);
  await benchPlan("province (1,000 agencies)", generateReminderPlan(1000, 10), print);
}
