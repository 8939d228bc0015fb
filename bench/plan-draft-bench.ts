// Drafting the seed document into a plan file, from its text, as DOCX and as PDF: p50 of 10 runs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { draftPlanFromDocument } from "../src/services/plan/draft-plan-from-document.ts";
import { percentile } from "./stats.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const DOCUMENTS: [string, string][] = [
  ["text", path.resolve(ROOT, "test/fixtures/plan-documents/bac-kan-2023.txt")],
  ["DOCX", path.join(ROOT, "test/fixtures/plan-documents/bac-kan-2023.docx")],
  ["PDF", path.join(ROOT, "test/fixtures/plan-documents/bac-kan-2023.pdf")],
];

export async function benchPlanDraft(line: (name: string, value: string) => void): Promise<void> {
  for (const [label, file] of DOCUMENTS) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      line(`plan draft: seed document as ${label}`, "skipped (file not found)");
      continue;
    }
    const once = () => draftPlanFromDocument({ bytes, fileName: file, caller: "system" });
    const first = await once(); // warm-up (loads pdfjs, compiles the paths)
    if (!first.ok || !first.valid) throw new Error(`plan draft ${label}: the draft is not valid`);
    const runs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await once();
      runs.push(performance.now() - start);
    }
    line(`plan draft: seed document as ${label} (p50 of 10)`, `${percentile(runs, 50).toFixed(1)} ms`);
  }
}
