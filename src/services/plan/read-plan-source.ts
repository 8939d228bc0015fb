import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readPlanFile, type PlanReading, type ReadPlanOptions } from "../../domain/plan/read-plan-file.ts";

export interface PlanSource {
  file: string;
  contentHash: string;
  reading: PlanReading;
}

/** Reads and checks a plan file from disk. */
export async function readPlanSource(file: string, options: ReadPlanOptions = {}): Promise<PlanSource> {
  const text = await readFile(file, "utf8");
  return {
    file: path.resolve(file),
    contentHash: createHash("sha256").update(text).digest("hex"),
    reading: readPlanFile(text, options),
  };
}
