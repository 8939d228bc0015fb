// The seed document drafted into a plan file, compared field by field with the hand-written
// bundled plan (prisma/data/bac-kan-2023.yaml). Where they differ, the bundled file corrected
// the document by hand; the draft keeps the document's words (it never invents).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linesFromText } from "../../../src/domain/plan-draft/lines-from-text.ts";
import { readPlanFile } from "../../../src/domain/plan/read-plan-file.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { bundledPlan, draftFromLines, readYaml, SEED_DOCUMENT } from "../../support/plan-draft.ts";

interface Item {
  code: string;
  number?: string;
  title: string;
  activities?: (string | { group: string; items: string[] })[];
  children?: Item[];
}
type Plan = Record<string, unknown> & { items: Item[]; agencies: Record<string, string>[] };

const flat = (items: Item[], parent = "CT", out: (Item & { parent: string })[] = []) => {
  for (const i of items) {
    out.push({ ...i, parent });
    flat(i.children ?? [], i.code, out);
  }
  return out;
};
const texts = (i: Item) =>
  (i.activities ?? []).flatMap((a) => (typeof a === "string" ? [a] : [a.group, ...a.items]));

/** Where the bundled file edits the document: [what the document says, what the file says]. */
const EDITED_TITLES: Record<string, [string, string][]> = {
  DA5: [["Phát triển GDDT", "Phát triển giáo dục đào tạo"]],
  "DA5.TDA2": [["ĐH và sau ĐH", "đại học và sau đại học"]],
  "DA5.TDA2.ND1": [["Nội dung số 01", "Nội dung số 01: Bồi dưỡng kiến thức dân tộc"]],
  DA10: [["DTTS&MN", "DTTS & MN"]],
  "DA10.TDA1.ND3": [
    ["Nội dung số 3: Tăng cường", "Nội dung số 03: Tăng cường"],
    ["vùng đồng DTTS", "vùng đồng bào DTTS"],
  ],
};
const EDITED_ACTIVITIES: [string, string][] = [
  ["của hộ gia đình", "của hộ gia đình."],
  ["đầu thầu đào tạo nghề", "đấu thầu đào tạo nghề"],
  ["kỹ năng, ng nghiệp vụ", "kỹ năng, nghiệp vụ"],
];

const undoEdits = (text: string, edits: [string, string][]) =>
  edits.reduce((t, [doc, file]) => (t.includes(doc) ? t.replace(doc, file) : t), text);

describe("the seed document drafted into a plan", () => {
  const file = draftFromLines(linesFromText(readFileSync(SEED_DOCUMENT, "utf8")));
  const draft = readYaml(file.yaml) as Plan;
  const bundled = bundledPlan() as Plan;

  it("validates exactly as the bundled plan: totals 7.011 = 365 + 6.646 = 6.543 + 468, the same gaps", () => {
    const mine = readPlanFile(file.yaml);
    const theirs = readPlanFile(readFileSync(SEED_PLAN_FILE, "utf8"));
    expect(mine.ok).toBe(true);
    expect(mine.errors).toEqual([]);
    expect({ ...mine.declared, otherSources: [] }).toEqual({ ...theirs.declared, otherSources: [] });
    expect(mine.check).toEqual(theirs.check);
    const gaps = (r: typeof mine) => r.warnings.map((w) => [w.code, w.item]);
    expect(gaps(mine)).toEqual([
      ["no-lead", "DA1"],
      ["no-budget", "DA5.TDA2"],
      ["no-budget", "DA7"],
    ]);
    expect(gaps(mine)).toEqual(gaps(theirs));
  });

  it("has the same plan header, totals (other sources: the bundled file fixes 'Lòng ghép'), budget lines and calendar", () => {
    expect(draft.plan).toEqual(bundled.plan);
    const totals = draft.totals as { otherSources: string[] };
    expect({
      ...totals,
      otherSources: totals.otherSources.map((s) => s.replace("Lòng ghép", "Lồng ghép")),
    }).toEqual(bundled.totals);
    expect(draft.budget).toEqual(bundled.budget);
    expect(draft.calendar).toEqual(bundled.calendar);
  });

  it("has the same item tree: codes, parents, numbers; titles and activities as the document writes them", () => {
    const mine = flat(draft.items);
    const theirs = flat(bundled.items);
    expect(mine.map((i) => [i.code, i.parent, i.number])).toEqual(
      theirs.map((i) => [i.code, i.parent, i.number]),
    );
    mine.forEach((item, n) => {
      const other = theirs[n]!;
      expect(undoEdits(item.title, EDITED_TITLES[item.code] ?? [])).toBe(other.title);
      if (item.code === "DA5.TDA2" || item.code === "DA5.TDA2.ND1") return;
      expect(texts(item).map((t) => undoEdits(t, EDITED_ACTIVITIES))).toEqual(texts(other));
    });
    // The document lists DA5.TDA2's activities under the sub-project; the bundled file moved them
    // under the content item only the organisation section names.
    const tda2 = mine.find((i) => i.code === "DA5.TDA2")!;
    expect(texts(tda2)).toEqual(texts(theirs.find((i) => i.code === "DA5.TDA2.ND1")!));
    expect(mine.find((i) => i.code === "DA5.TDA2.ND1")?.activities).toBeUndefined();
  });

  it("has the same agencies (names as the document writes them) and the same assignments", () => {
    const names: Record<string, string> = {
      VP: "Văn phòng HĐND-UBND",
      TTVHTTTT: "Trung tâm Văn hóa, thể thao, truyền thông",
      "UBND-HT": "UBND phường Huyện Tụng",
      MTTQ: "MTTQ Việt Nam và các tổ chức chính trị - xã hội",
    };
    const byCode = (list: Record<string, string>[]) =>
      Object.fromEntries(
        list.map((a) => [a.code, { kind: a.kind, standingOffice: a.standingOffice ?? "false" }]),
      );
    expect(byCode(draft.agencies)).toEqual(byCode(bundled.agencies));
    for (const a of draft.agencies) {
      expect(a.name).toBe(names[a.code ?? ""] ?? bundled.agencies.find((b) => b.code === a.code)?.name);
    }
    const key = (a: Record<string, unknown>) =>
      `${String(a.agency)}|${String(a.role)}|${[...(a.items as string[])].sort().join(",")}|${String(a.report ?? "")}`;
    const assignments = (p: Record<string, unknown>) =>
      (p.assignments as Record<string, unknown>[]).map(key).sort();
    expect(assignments(draft)).toEqual(assignments(bundled));
  });

  it("says where each value was read and reports the document's own gaps", () => {
    expect(file.sources["items.DA1"]).toEqual({ line: 53, page: null });
    expect(file.sources["budget.0"]).toEqual({ line: 57, page: null });
    expect(file.sources["totals.total"]).toEqual({ line: 279, page: null });
    expect(file.sources["assignments.0"]).toEqual({ line: 337, page: null });
    expect(file.yaml).toContain("  - code: DA1 # dòng 53");
    expect(file.yaml).toMatch(/# đọc từ dòng 357: "Chủ trì, phối hợp/);
    const codes = file.findings.map((f) => [f.code, f.params.item ?? f.source?.line ?? null]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["org-only-item", "DA5.TDA2.ND1"],
        ["content-only-item", "DA1"],
        ["no-lead", "DA1"],
        ["no-budget", "DA5.TDA2"],
        ["no-budget", "DA7"],
        ["calendar-default", null],
      ]),
    );
    expect(file.findings.filter((f) => f.severity === "inconsistent" || f.severity === "unplaced")).toEqual(
      [],
    );
  });
});
