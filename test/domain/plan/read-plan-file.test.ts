import { describe, expect, it } from "vitest";
import { readPlanFile } from "../../../src/domain/plan/read-plan-file.ts";
import { translator } from "../../../src/i18n/translator.ts";
import { lineOf, seedPlanText, seedWith } from "../../support/seed-plan.ts";

const vi = translator("vi");
const errorCodes = (text: string) => readPlanFile(text).errors.map((e) => e.code);

describe("the 2023 Bắc Kạn plan", () => {
  const reading = readPlanFile(seedPlanText());

  it("is valid and reconciles with the declared totals", () => {
    expect(reading.errors).toEqual([]);
    expect(reading.ok).toBe(true);
    expect(reading.declared).toMatchObject({
      total: 7_011_000_000n,
      investment: 365_000_000n,
      recurrent: 6_646_000_000n,
      central: 6_543_000_000n,
      local: 468_000_000n,
    });
    expect(reading.check?.lineTotals).toEqual({
      investment: 365_000_000n,
      recurrent: 6_646_000_000n,
      total: 7_011_000_000n,
    });
  });

  it("shows the gaps the plan leaves open as warnings, not errors", () => {
    expect(reading.warnings.map((w) => [w.code, w.item])).toEqual([
      ["no-lead", "DA1"],
      ["no-budget", "DA5.TDA2"],
      ["no-budget", "DA7"],
    ]);
  });

  it("holds every project, sub-project, content item, agency and the shared budget line", () => {
    const m = reading.model!;
    expect(m.items.filter((i) => i.level === "project").map((i) => i.code)).toEqual([
      "DA1",
      "DA4",
      "DA5",
      "DA6",
      "DA7",
      "DA8",
      "DA9",
      "DA10",
    ]);
    expect(m.items.filter((i) => i.level === "subproject").map((i) => i.code)).toEqual([
      "DA4.TDA1",
      "DA5.TDA2",
      "DA5.TDA3",
      "DA5.TDA4",
      "DA9.TDA2",
      "DA10.TDA1",
      "DA10.TDA3",
    ]);
    expect(m.agencies.map((a) => a.code)).toContain("UBND-HT");
    expect(m.agencies.filter((a) => a.isStandingOffice).map((a) => a.code)).toEqual(["VP"]);
    const shared = m.budgetLines.filter((l) => l.itemCodes.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({
      itemCodes: ["DA10.TDA1.ND2", "DA10.TDA1.ND3"],
      amountVnd: 131_000_000n,
    });
    expect(
      m.budgetLines
        .filter((l) => l.itemCodes.includes("DA4.TDA1.ND1"))
        .map((l) => [l.capitalType, l.amountVnd]),
    ).toEqual([
      ["investment", 365_000_000n],
      ["recurrent", 59_000_000n],
    ]);
    const leads = (agency: string) =>
      m.assignments.filter((a) => a.agencyCode === agency && a.role === "lead").map((a) => a.itemCode);
    expect(leads("VP")).toEqual(["DA5.TDA4", "DA9.TDA2", "DA10.TDA1.ND1"]);
    expect(m.assignments.find((a) => a.agencyCode === "QLDT")).toMatchObject({
      role: "guide",
      itemCode: "DA4.TDA1.ND1",
      mustReport: false,
    });
  });

  it("computes quarterly, six-month and year-end deadlines, moving weekends to the previous working day", () => {
    const due = Object.fromEntries(reading.model!.periods.map((p) => [p.key, [p.nominalDueDate, p.dueDate]]));
    expect(due).toEqual({
      "2023-Q1": ["2023-03-15", "2023-03-15"],
      "2023-Q2": ["2023-06-15", "2023-06-15"],
      "2023-Q3": ["2023-09-15", "2023-09-15"],
      "2023-Q4": ["2023-12-15", "2023-12-15"],
      "2023-H1": ["2023-09-10", "2023-09-08"], // Sunday → Friday
      "2023-Y": ["2024-01-25", "2024-01-25"],
    });
    const q1 = reading.model!.periods.find((p) => p.key === "2023-Q1")!;
    expect(q1.dueAt.toISOString()).toBe("2023-03-15T16:59:59.999Z"); // end of the day in UTC+7
  });
});

describe("broken plan files get a clear message at the right line", () => {
  it("wrong sums by capital type and by source", () => {
    const text = seedWith('recurrent: "6.646"', 'recurrent: "6.600"');
    const reading = readPlanFile(text);
    expect(reading.ok).toBe(false);
    const codes = reading.errors.map((e) => e.code);
    expect(codes).toEqual(["sum-capital-type", "sum-total-by-type"]);
    const first = reading.errors[0]!;
    expect(first.line).toBe(lineOf(text, 'recurrent: "6.600"'));
    expect(vi(`plan-error-${first.code}`, first.params)).toBe(
      "Tổng các dòng vốn sự nghiệp là 6.646 triệu đồng, khác số đã công bố 6.600 triệu đồng. Sửa số tổng hoặc các dòng vốn.",
    );
    expect(errorCodes(seedWith("local: 468", "local: 400"))).toEqual(["sum-total-by-source"]);
  });

  it("a budget line that changes the sum", () => {
    expect(errorCodes(seedWith("recurrent: 300", "recurrent: 310"))).toEqual(["sum-capital-type"]);
  });

  it("unknown agency", () => {
    const text = seedWith("  - agency: NV\n", "  - agency: NOIVU\n");
    const [e] = readPlanFile(text).errors;
    expect(e).toMatchObject({
      code: "unknown-agency",
      params: { code: "NOIVU" },
      line: lineOf(text, "agency: NOIVU"),
    });
  });

  it("unknown item in an assignment or a budget line", () => {
    const text = seedWith("items: [DA6]\n    recurrent: 49", "items: [DA66]\n    recurrent: 49");
    expect(readPlanFile(text).errors.map((e) => [e.code, e.params.code])).toEqual([["unknown-item", "DA66"]]);
  });

  it("duplicate item code", () => {
    const text = seedWith("- code: DA7.ND2\n", "- code: DA7.ND1\n");
    const [e] = readPlanFile(text).errors;
    expect(e).toMatchObject({ code: "duplicate-item", params: { code: "DA7.ND1" } });
    expect(e!.line).toBe(
      text
        .split("\n")
        .findIndex(
          (l, i, all) =>
            l.includes("- code: DA7.ND1") && all.slice(0, i).some((x) => x.includes("- code: DA7.ND1")),
        ) + 1,
    );
  });

  it("an item with the program's code is a duplicate, not a crash", () => {
    const text = seedWith("  - code: DA1\n", "  - code: CT\n");
    expect(errorCodes(text)).toContain("duplicate-item");
  });

  it("duplicate agency code", () => {
    expect(errorCodes(seedWith("- code: TP\n", "- code: NV\n"))).toContain("duplicate-agency");
  });

  it("a child code that does not extend its parent's", () => {
    expect(errorCodes(seedWith("- code: DA7.ND3\n", "- code: DA8.ND9\n"))).toEqual([
      "item-code-not-under-parent",
    ]);
  });

  it("malformed YAML", () => {
    const text = seedWith(
      "  - code: TCKH\n    name: Phòng Tài chính - Kế hoạch",
      "  - code: TCKH\n   name: [Phòng",
    );
    const reading = readPlanFile(text);
    expect(reading.ok).toBe(false);
    expect(reading.errors[0]).toMatchObject({ code: "yaml-syntax" });
    expect(reading.errors[0]!.line).toBeGreaterThan(0);
  });

  it("unreadable money, bad dates, unknown fields and missing fields", () => {
    expect(readPlanFile(seedWith("recurrent: 17", "recurrent: 17tr")).errors[0]).toMatchObject({
      code: "bad-money",
      params: { value: "17tr" },
    });
    expect(errorCodes(seedWith("due: 2023-09-10", "due: 2023-09-31"))).toEqual(["bad-date"]);
    expect(
      readPlanFile(seedWith("    kind: centre\n", "    kind: centre\n    boss: someone\n")).errors[0],
    ).toMatchObject({
      code: "unknown-field",
    });
    expect(readPlanFile(seedWith("    issuer: UBND thành phố Bắc Kạn\n", "")).errors[0]).toMatchObject({
      code: "missing-field",
      params: { field: "plan.document.issuer" },
    });
  });

  it("every error and warning code has a message in both locales", () => {
    const en = translator("en");
    const samples = [
      ...readPlanFile(seedWith('recurrent: "6.646"', 'recurrent: "6.600"')).errors,
      ...readPlanFile(seedPlanText()).warnings,
    ];
    for (const s of samples) {
      const kind = s.code.startsWith("no-") ? "warning" : "error";
      expect(vi(`plan-${kind}-${s.code}`, s.params)).not.toBe(`plan-${kind}-${s.code}`);
      expect(en(`plan-${kind}-${s.code}`, s.params)).not.toBe(`plan-${kind}-${s.code}`);
    }
  });
});
