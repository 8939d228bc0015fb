// How plan findings, changes and the tree read in a terminal, and as JSON.
import type { AgencyBinding } from "../services/plan/bind-agencies.ts";
import type { LocatedIssue, PlanReading } from "../domain/plan/read-plan-file.ts";
import type { PlanView, TreeNode } from "../domain/plan/plan-tree.ts";
import { formatMillion, vndToMillion } from "../domain/money.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Refusal } from "../services/plan/import-plan.ts";

export function issueMessage(t: Translate, kind: "error" | "warning", issue: LocatedIssue): string {
  return t(`plan-${kind}-${issue.code}`, issue.params);
}

export function validationJson(t: Translate, reading: PlanReading) {
  const d = reading.declared;
  return {
    ok: reading.ok,
    totals: d
      ? {
          total: vndToMillion(d.total),
          investment: vndToMillion(d.investment),
          recurrent: vndToMillion(d.recurrent),
          central: vndToMillion(d.central),
          local: vndToMillion(d.local),
        }
      : null,
    lineTotals: reading.check
      ? {
          total: vndToMillion(reading.check.lineTotals.total),
          investment: vndToMillion(reading.check.lineTotals.investment),
          recurrent: vndToMillion(reading.check.lineTotals.recurrent),
        }
      : null,
    errors: reading.errors.map((e) => ({
      code: e.code,
      line: e.line,
      path: e.path.join("."),
      message: issueMessage(t, "error", e),
    })),
    warnings: reading.warnings.map((w) => ({
      code: w.code,
      item: w.item ?? null,
      line: w.line,
      message: issueMessage(t, "warning", w),
    })),
  };
}

export function validationText(t: Translate, file: string, reading: PlanReading, locale: string): string {
  const out: string[] = [];
  const at = (i: LocatedIssue) => `${file}${i.line === null ? "" : `:${i.line}`}`;
  for (const e of reading.errors) out.push(`✗ ${at(e)} ${issueMessage(t, "error", e)}`);
  for (const w of reading.warnings) out.push(`! ${at(w)} ${issueMessage(t, "warning", w)}`);
  const d = reading.declared;
  if (d) {
    out.push(
      t("plan-totals", {
        total: formatMillion(d.total, locale),
        investment: formatMillion(d.investment, locale),
        recurrent: formatMillion(d.recurrent, locale),
        central: formatMillion(d.central, locale),
        local: formatMillion(d.local, locale),
      }),
    );
  }
  out.push(reading.ok ? t("plan-validate-ok") : t("plan-validate-failed", { count: reading.errors.length }));
  return out.join("\n");
}

/** How the file's agencies meet the registry: renames one by one, then how many are known and new. */
export function bindingLines(t: Translate, agencies: AgencyBinding[]): string[] {
  const count = (kind: AgencyBinding["kind"]) => agencies.filter((a) => a.kind === kind).length;
  return [
    ...agencies
      .filter((a) => a.kind === "renamed")
      .map((a) => t("plan-import-agency-renamed", { code: a.code, before: a.before ?? "", after: a.after })),
    t("plan-import-agencies", { known: count("known") + count("renamed"), created: count("new") }),
  ];
}

export function refusalLine(t: Translate, r: Refusal): string {
  const reason = t(
    r.entity === "period" ? "plan-import-refused-item" : `plan-import-refused-${r.entity}`,
    r.params,
  );
  return t("plan-import-refused", { reason });
}

export function treeText(t: Translate, view: PlanView, locale: string): string {
  const out: string[] = [`${view.title} (${view.code})`];
  const tt = view.totals;
  out.push(
    t("plan-totals", {
      total: formatMillion(BigInt(Math.round(tt.total * 1e6)), locale),
      investment: formatMillion(BigInt(Math.round(tt.investment * 1e6)), locale),
      recurrent: formatMillion(BigInt(Math.round(tt.recurrent * 1e6)), locale),
      central: formatMillion(BigInt(Math.round(tt.central * 1e6)), locale),
      local: formatMillion(BigInt(Math.round(tt.local * 1e6)), locale),
    }),
    "",
  );
  const money = (m: number) => formatMillion(BigInt(Math.round(m * 1e6)), locale);
  const walk = (node: TreeNode, depth: number) => {
    const budget = node.budget
      ? t("plan-show-budget", { amount: money(node.budget.total) }) +
        (node.sharedWith.length > 0 ? ` ${t("plan-show-shared", { items: node.sharedWith.join(", ") })}` : "")
      : node.subtreeBudget
        ? t("plan-show-subtree-budget", { amount: money(node.subtreeBudget.total) })
        : t("plan-show-no-budget");
    const leads =
      node.leads.length > 0
        ? t("plan-show-lead", { agencies: node.leads.join(", ") })
        : node.inheritedLeads.length > 0
          ? t("plan-show-inherited-lead", { agencies: node.inheritedLeads.join(", ") })
          : node.children.length > 0
            ? ""
            : t("plan-show-no-lead");
    out.push(`${"  ".repeat(depth)}${node.code}  ${node.title}`);
    if (node.level !== "program")
      out.push(`${"  ".repeat(depth)}    ${[budget, leads].filter(Boolean).join(" · ")}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(view.tree, 0);
  out.push("", t("plan-show-agencies"));
  for (const a of view.agencies) {
    const items = a.items.map((i) => `${i.code} (${t(`role-${i.role}`)})`).join(", ");
    out.push(`  ${a.code}${a.standingOffice ? " ★" : ""}  ${a.name}${items ? `: ${items}` : ""}`);
  }
  return out.join("\n");
}
