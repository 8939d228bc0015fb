import { mkdirSync, writeFileSync } from "node:fs";
import { translator } from "../../src/i18n/translator.ts";
import { convertWithOffice } from "../../src/reports/convert-with-office.ts";
import { exportPeriodFiles } from "../../src/services/export-period.ts";
import { sampleWorld } from "./sample-reports.ts";
const w = await sampleWorld();
const formats = (process.argv[2] ?? "xlsx").split(",") as never;
const r = await exportPeriodFiles(w.deps, {
  actor: "system",
  periodKey: "2023-Q2",
  formats,
  t: translator("vi"),
  locale: "vi",
  timezone: "Asia/Ho_Chi_Minh",
});
mkdirSync("test-output/reports", { recursive: true });
for (const f of r.files) writeFileSync(`test-output/reports/${f.fileName}`, f.bytes);
const x = r.files.find((f) => f.format === "xlsx");
if (x) {
  const p = await convertWithOffice(x.bytes, { from: "xlsx" });
  if (p.ok) writeFileSync("test-output/reports/xlsx.pdf", p.bytes);
  else console.log(p);
}
await w.close();
