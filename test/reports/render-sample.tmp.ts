import { mkdirSync, writeFileSync } from "node:fs";
import { translator } from "../../src/i18n/translator.ts";
import { EXPORT_FORMATS, exportPeriodFiles } from "../../src/services/export-period.ts";
import { sampleWorld } from "./sample-reports.ts";
const w = await sampleWorld();
const s = performance.now();
const r = await exportPeriodFiles(w.deps, {
  actor: "system",
  periodKey: "2023-Q2",
  formats: [...EXPORT_FORMATS],
  t: translator("vi"),
  locale: "vi",
  timezone: "Asia/Ho_Chi_Minh",
});
console.log((performance.now() - s).toFixed(0), "ms", r.notices);
mkdirSync("test-output/reports", { recursive: true });
for (const f of r.files) writeFileSync(`test-output/reports/${f.fileName}`, f.bytes);
await w.close();
