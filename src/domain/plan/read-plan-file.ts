// Reads a plan file: YAML (failsafe: every scalar stays text) → zod → semantic checks.
// Every error carries the line of the file where it should be fixed.
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { checkPlan, type PlanCheck } from "./check-plan.ts";
import { ZPlanFile } from "./plan-file-schema.ts";
import type { PlanIssue, PlanModel } from "./plan-model.ts";

export interface LocatedIssue extends PlanIssue {
  line: number | null;
}

export interface PlanReading {
  ok: boolean;
  model: PlanModel | null;
  /** Declared totals and the sums of the lines (VND); null when the file could not be read. */
  check: Omit<PlanCheck, "errors" | "warnings" | "model"> | null;
  declared: PlanModel["totals"] | null;
  errors: LocatedIssue[];
  warnings: LocatedIssue[];
}

export interface ReadPlanOptions {
  /** Time zone of a plan whose file states none (TZ_PLAN). */
  defaultTimezone?: string;
}

export function readPlanFile(text: string, options: ReadPlanOptions = {}): PlanReading {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "failsafe", lineCounter, uniqueKeys: true, prettyErrors: false });
  const failed = (errors: LocatedIssue[]): PlanReading => ({
    ok: false,
    model: null,
    check: null,
    declared: null,
    errors,
    warnings: [],
  });
  if (doc.errors.length > 0) {
    // The first syntax error is the real one; the rest are usually its echoes.
    const first = doc.errors[0]!;
    return failed([
      {
        code: "yaml-syntax",
        path: [],
        params: { detail: first.message.split("\n")[0] ?? first.code },
        line: lineCounter.linePos(first.pos[0]).line,
      },
    ]);
  }
  const locate = (issue: PlanIssue): LocatedIssue => ({
    ...issue,
    line: lineOf(doc, lineCounter, issue.path),
  });
  const raw: unknown = doc.toJS() ?? {};
  const plan = typeof raw === "object" && raw !== null && "plan" in raw ? raw.plan : undefined;
  if (options.defaultTimezone && typeof plan === "object" && plan !== null && !("timezone" in plan)) {
    Object.assign(plan, { timezone: options.defaultTimezone });
  }
  // reportInput: the bad value is shown back ("Mã “LĐTBXH” không hợp lệ"), never lost.
  const parsed = ZPlanFile.safeParse(raw, { reportInput: true });
  if (!parsed.success) return failed(parsed.error.issues.map((i) => locate(fromZod(i))));
  const { model, errors, warnings, lineTotals } = checkPlan(parsed.data);
  return {
    ok: errors.length === 0,
    model,
    check: { lineTotals },
    declared: {
      total: parsed.data.totals.total,
      investment: parsed.data.totals.investment,
      recurrent: parsed.data.totals.recurrent,
      central: parsed.data.totals.central,
      local: parsed.data.totals.local,
      otherSources: parsed.data.totals.otherSources ?? [],
    },
    errors: errors.map(locate),
    warnings: warnings.map(locate),
  };
}

/** The 1-based line of the node at `path`, or of its nearest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

/** A zod issue as a plan issue with a locale code. */
function fromZod(issue: z.core.$ZodIssue): PlanIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const field = path.join(".") || "(root)";
  const base = { path, params: { field } };
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? { ...base, code: "missing-field" }
        : { ...base, code: "wrong-type", params: { field, expected: issue.expected } };
    case "unrecognized_keys":
      return {
        code: "unknown-field",
        path: [...path, issue.keys[0] ?? ""],
        params: { field, keys: issue.keys.join(", ") },
      };
    case "invalid_value":
      return { ...base, code: "bad-choice", params: { field, options: issue.values.map(String).join(", ") } };
    case "invalid_union":
      return { ...base, code: "bad-shape" };
    case "too_small":
      return issue.origin === "array" || issue.origin === "string"
        ? { ...base, code: "empty" }
        : { ...base, code: "out-of-range", params: { field, min: String(issue.minimum), max: "" } };
    case "too_big":
      return { ...base, code: "out-of-range", params: { field, min: "", max: String(issue.maximum) } };
    case "invalid_format":
      return {
        ...base,
        code: issue.message === "date" ? "bad-date" : "bad-code",
        params: { field, value: String(issue.input ?? "") },
      };
    case "custom":
      return {
        ...base,
        code: "bad-money",
        params: { field, value: String(issue.params?.value ?? issue.input ?? "") },
      };
    default:
      return issue.message === "date" || issue.message === "code" || issue.message === "money"
        ? { ...base, code: `bad-${issue.message}`, params: { field, value: String(issue.input ?? "") } }
        : { ...base, code: "invalid", params: { field, detail: issue.message } };
  }
}
