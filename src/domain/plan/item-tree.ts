import type { ItemLevel, WorkItemModel } from "./plan-model.ts";
import type { TItemInput } from "./plan-file-schema.ts";

/** Dự án "DA4", Tiểu dự án "DA4.TDA1", Nội dung "DA4.TDA1.ND1"; otherwise by depth. */
export function levelOf(code: string, depth: number): ItemLevel {
  const last = code.split(".").at(-1) ?? "";
  if (/^TDA\d+$/i.test(last)) return "subproject";
  if (/^ND\d+$/i.test(last)) return "content";
  if (/^DA\d+$/i.test(last)) return "project";
  return depth <= 1 ? "project" : depth === 2 ? "subproject" : "content";
}

export interface FlatItem {
  item: WorkItemModel;
  path: (string | number)[];
}

/** The file's nested items, flattened parents-first, under the program root. */
export function flattenItems(program: { code: string; title: string }, roots: TItemInput[]): FlatItem[] {
  const out: FlatItem[] = [
    {
      item: {
        code: program.code,
        level: "program",
        parentCode: null,
        number: null,
        title: program.title,
        position: 0,
        activities: [],
      },
      path: ["program"],
    },
  ];
  const walk = (nodes: TItemInput[], parentCode: string, depth: number, path: (string | number)[]) => {
    nodes.forEach((node, index) => {
      const here = [...path, index];
      const activities = (node.activities ?? []).flatMap(
        (a): { groupLabel: string | null; text: string }[] =>
          typeof a === "string"
            ? [{ groupLabel: null, text: a }]
            : a.items.map((t) => ({ groupLabel: a.group, text: t })),
      );
      out.push({
        item: {
          code: node.code,
          level: levelOf(node.code, depth),
          parentCode,
          number: node.number ?? null,
          title: node.title,
          position: out.length,
          activities: activities.map((a, i) => ({ position: i, ...a })),
        },
        path: here,
      });
      if (node.children) walk(node.children, node.code, depth + 1, [...here, "children"]);
    });
  };
  walk(roots, program.code, 1, ["items"]);
  return out;
}

/**
 * The top-most items of a gap: an item is covered when it, an ancestor below the program root,
 * or a descendant is marked. Reported: uncovered items whose parent is the root or covered.
 */
export function topmostGaps(
  items: readonly Pick<WorkItemModel, "code" | "parentCode" | "level">[],
  marked: ReadonlySet<string>,
): string[] {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const children = new Map<string, string[]>();
  for (const i of items) {
    if (i.parentCode === null) continue;
    const list = children.get(i.parentCode);
    if (list) list.push(i.code);
    else children.set(i.parentCode, [i.code]);
  }
  const isRoot = (code: string) => byCode.get(code)?.level === "program";
  // Both directions remembered per code, so each item is looked at once however many ask (a
  // province summary has 11,000 items). An item being looked at counts as unmarked meanwhile: that
  // ends a cycle (an item whose code repeats an ancestor's), which is reported elsewhere.
  const down = new Map<string, boolean>();
  const subtreeMarked = (code: string): boolean => {
    let m = down.get(code);
    if (m !== undefined) return m;
    down.set(code, false);
    m = marked.has(code) || (children.get(code) ?? []).some(subtreeMarked);
    down.set(code, m);
    return m;
  };
  const up = new Map<string, boolean>();
  const ancestorMarked = (code: string): boolean => {
    let m = up.get(code);
    if (m !== undefined) return m;
    up.set(code, false);
    const parent = byCode.get(code)?.parentCode ?? null;
    m = parent !== null && !isRoot(parent) && (marked.has(parent) || ancestorMarked(parent));
    up.set(code, m);
    return m;
  };
  const covered = (code: string) => subtreeMarked(code) || ancestorMarked(code);
  return items
    .filter((i) => i.level !== "program" && !covered(i.code))
    .filter((i) => i.parentCode === null || isRoot(i.parentCode) || covered(i.parentCode))
    .map((i) => i.code);
}
