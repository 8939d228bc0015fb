// The review of a draft as people read it (CLI, chat) and as JSON: what was read, the declared
// totals against the budget lines, then every finding by kind, each with where it was read.
import { formatMillion, vndToMillion } from "../money.ts";
import type { Translate } from "../../i18n/translator.ts";
import type { PlanDraftFile } from "./draft-plan-file.ts";
import type { Finding } from "./draft-types.ts";
import type { Where } from "./render-draft-yaml.ts";

const ORDER: Finding["severity"][] = ["inconsistent", "gap", "uncertain", "unplaced", "info"];

export function findingMessage(t: Translate, where: Where, f: Finding): string {
  const message = t(`plan-draft-finding-${f.code}`, f.params);
  return f.source === null ? message : `${where(f.source)}: ${message}`;
}

export function reconciles(file: PlanDraftFile): boolean {
  return !file.findings.some((f) => f.severity === "inconsistent");
}

export function reviewLines(file: PlanDraftFile, t: Translate, where: Where, locale: string): string[] {
  const money = (v: bigint | null | undefined) =>
    v == null ? t("plan-draft-review-missing") : formatMillion(v, locale);
  const d = file.draft.totals;
  const out = [
    t("plan-draft-review-read", { file: file.fileName, ...file.read }),
    t("plan-draft-review-declared", {
      total: money(d.total?.vnd),
      investment: money(d.investment?.vnd),
      recurrent: money(d.recurrent?.vnd),
      central: money(d.central?.vnd),
      local: money(d.local?.vnd),
    }),
    t("plan-draft-review-lines", {
      total: money(file.lineTotals.total),
      investment: money(file.lineTotals.investment),
      recurrent: money(file.lineTotals.recurrent),
    }),
    t(reconciles(file) ? "plan-draft-review-reconciled" : "plan-draft-review-not-reconciled"),
  ];
  for (const severity of ORDER) {
    const found = file.findings.filter((f) => f.severity === severity);
    if (found.length === 0) continue;
    out.push(
      "",
      `${t(`plan-draft-severity-${severity}`)}:`,
      ...found.map((f) => `- ${findingMessage(t, where, f)}`),
    );
  }
  out.push("");
  if (file.validation.ok) out.push(t("plan-draft-review-valid"));
  else {
    out.push(t("plan-draft-review-invalid", { count: file.validation.errors.length }));
    for (const e of file.validation.errors) out.push(`- ${t(`plan-error-${e.code}`, e.params)}`);
  }
  return out;
}

export function reviewJson(file: PlanDraftFile, t: Translate, where: Where) {
  const amount = (v: { vnd: bigint } | null) => (v === null ? null : vndToMillion(v.vnd));
  const d = file.draft.totals;
  return {
    read: file.read,
    declared: {
      total: amount(d.total),
      investment: amount(d.investment),
      recurrent: amount(d.recurrent),
      central: amount(d.central),
      local: amount(d.local),
    },
    lineTotals: {
      total: vndToMillion(file.lineTotals.total),
      investment: vndToMillion(file.lineTotals.investment),
      recurrent: vndToMillion(file.lineTotals.recurrent),
    },
    reconciles: reconciles(file),
    findings: file.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      line: f.source?.line ?? null,
      page: f.source?.page ?? null,
      params: f.params,
      message: findingMessage(t, where, f),
    })),
  };
}
