import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SEED_PLAN_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../prisma/data/bac-kan-2023.yaml",
);

export const seedPlanText = (): string => readFileSync(SEED_PLAN_FILE, "utf8");

/** The seed with one exact fragment replaced; fails loudly when the fragment is not there. */
export function seedWith(from: string, to: string): string {
  const text = seedPlanText();
  if (!text.includes(from)) throw new Error(`fragment not in seed: ${from}`);
  return text.replace(from, to);
}

/** The 1-based line of the first occurrence of `fragment` in `text`. */
export function lineOf(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`fragment not found: ${fragment}`);
  return text.slice(0, at).split("\n").length;
}
