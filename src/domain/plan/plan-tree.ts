// The plan as people read it: the item tree with budgets and lead agencies, and each
// agency with its items. Pure; money stays in VND.
import { vndToMillion } from "../money.ts";
import type { PlanModel } from "./plan-model.ts";

export interface TreeNode {
  code: string;
  level: string;
  number: string | null;
  title: string;
  /** Lines stated on this item (a shared line counts in full on each item it covers). */
  budget: { investment: number; recurrent: number; total: number } | null;
  /** Every line in this item's subtree, each counted once (a shared line is not doubled). */
  subtreeBudget: { investment: number; recurrent: number; total: number } | null;
  /** Other items that share a budget line with this one. */
  sharedWith: string[];
  leads: string[];
  /** Lead/implementing agencies inherited from the nearest ancestor that has some. */
  inheritedLeads: string[];
  children: TreeNode[];
}

export interface AgencyView {
  code: string;
  name: string;
  kind: string;
  standingOffice: boolean;
  items: { code: string; role: string; reports: boolean }[];
}

export interface PlanView {
  code: string;
  title: string;
  year: number;
  totals: { total: number; investment: number; recurrent: number; central: number; local: number };
  tree: TreeNode;
  agencies: AgencyView[];
}

export function planView(model: PlanModel): PlanView {
  const nodes = new Map<string, TreeNode>();
  const linesOf = new Map<string, PlanModel["budgetLines"]>();
  for (const l of model.budgetLines)
    for (const c of l.itemCodes) linesOf.set(c, [...(linesOf.get(c) ?? []), l]);
  const leadsOf = new Map<string, string[]>();
  for (const a of model.assignments) {
    if (a.role === "lead" || a.role === "implement")
      leadsOf.set(a.itemCode, [...(leadsOf.get(a.itemCode) ?? []), a.agencyCode]);
  }
  for (const item of model.items) {
    const lines = linesOf.get(item.code) ?? [];
    nodes.set(item.code, {
      code: item.code,
      level: item.level,
      number: item.number,
      title: item.title,
      budget: lines.length === 0 ? null : budgetOf(lines),
      sharedWith: [...new Set(lines.flatMap((l) => l.itemCodes))].filter((c) => c !== item.code),
      subtreeBudget: null,
      leads: leadsOf.get(item.code) ?? [],
      inheritedLeads: [],
      children: [],
    });
  }
  let root: TreeNode | undefined;
  for (const item of model.items) {
    const node = nodes.get(item.code);
    if (node === undefined) continue;
    const parent = item.parentCode === null ? undefined : nodes.get(item.parentCode);
    if (parent) {
      parent.children.push(node);
      if (parent.level !== "program")
        node.inheritedLeads = parent.leads.length > 0 ? parent.leads : parent.inheritedLeads;
    } else root ??= node;
  }
  const rollUp = (node: TreeNode): Set<PlanModel["budgetLines"][number]> => {
    const lines = new Set(linesOf.get(node.code) ?? []);
    for (const child of node.children) for (const l of rollUp(child)) lines.add(l);
    node.subtreeBudget = lines.size === 0 ? null : budgetOf([...lines]);
    return lines;
  };
  if (root) rollUp(root);
  const t = model.totals;
  return {
    code: model.meta.code,
    title: model.meta.title,
    year: model.meta.year,
    totals: {
      total: vndToMillion(t.total),
      investment: vndToMillion(t.investment),
      recurrent: vndToMillion(t.recurrent),
      central: vndToMillion(t.central),
      local: vndToMillion(t.local),
    },
    tree: root ?? emptyRoot(),
    agencies: model.agencies.map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      standingOffice: a.isStandingOffice,
      items: model.assignments
        .filter((x) => x.agencyCode === a.code)
        .map((x) => ({ code: x.itemCode, role: x.role, reports: x.mustReport })),
    })),
  };
}

function budgetOf(lines: PlanModel["budgetLines"]) {
  const sum = (type: string) =>
    lines.filter((l) => l.capitalType === type).reduce((s, l) => s + l.amountVnd, 0n);
  const investment = sum("investment");
  const recurrent = sum("recurrent");
  return {
    investment: vndToMillion(investment),
    recurrent: vndToMillion(recurrent),
    total: vndToMillion(investment + recurrent),
  };
}

function emptyRoot(): TreeNode {
  return {
    code: "",
    level: "program",
    number: null,
    title: "",
    budget: null,
    subtreeBudget: null,
    sharedWith: [],
    leads: [],
    inheritedLeads: [],
    children: [],
  };
}
