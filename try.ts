import { readFileSync } from "node:fs";
import { readPlanFile } from "./src/domain/plan/read-plan-file.ts";
const r = readPlanFile(readFileSync("prisma/data/bac-kan-2023.yaml", "utf8"));
console.log(r.ok, r.errors, r.warnings, r.check, r.model?.periods.map(p=>[p.key,p.nominalDueDate,p.dueDate,p.dueAt.toISOString()]), r.model?.items.length, r.model?.assignments.length, r.model?.budgetLines.length);
