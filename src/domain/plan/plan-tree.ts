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
  /** Other items that share a budget line with this one. */
  sharedWith: string[];
  leads: string[];
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
  for (const item of model.items) {
    const lines = model.budgetLines.filter((l) => l.itemCodes.includes(item.code));
    const sum = (type: string) => lines.filter((l) => l.capitalType === type).reduce((s, l) => s + l.amountVnd, 0n);
    const investment = sum("investment");
    const recurrent = sum("recurrent");
    nodes.set(item.code, {
      code: item.code,
      level: item.level,
      number: item.number,
      title: item.title,
      budget:
        lines.length === 0
          ? null
          : {
              investment: vndToMillion(investment),
              recurrent: vndToMillion(recurrent),
              total: vndToMillion(investment + recurrent),
            },
      sharedWith: [...new Set(lines.flatMap((l) => l.itemCodes))].filter((c) => c !== item.code),
      leads: model.assignments
        .filter((a) => a.itemCode === item.code && (a.role === "lead" || a.role === "implement"))
        .map((a) => a.agencyCode),
      children: [],
    });
  }
  let root: TreeNode | undefined;
  for (const item of model.items) {
    const node = nodes.get(item.code);
    if (node === undefined) continue;
    const parent = item.parentCode === null ? undefined : nodes.get(item.parentCode);
    if (parent) parent.children.push(node);
    else root ??= node;
  }
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
    tree: root ?? { code: "", level: "program", number: null, title: "", budget: null, sharedWith: [], leads: [], children: [] },
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
