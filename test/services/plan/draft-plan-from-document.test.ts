// The use case on real files: the seed as text, DOCX and PDF gives one plan; a 2024 plan in tỷ
// đồng; a document whose lines do not add up (reported, not fixed); an extra project and other
// agencies; refusals (scanned PDF, unknown type, damaged file, not allowed).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftPlanFromDocument } from "../../../src/services/plan/draft-plan-from-document.ts";
import { fixture, readYaml, SEED_DOCUMENT, withoutComments } from "../../support/plan-draft.ts";

const draft = async (file: string, locale: "vi" | "en" = "vi") => {
  const result = await draftPlanFromDocument({
    bytes: readFileSync(file),
    fileName: file,
    caller: "system",
    locale,
  });
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe("draftPlanFromDocument", { timeout: 60_000 }, () => {
  it("reads the same plan from the seed as text, as DOCX and as PDF, each with its own source places", async () => {
    const text = await draft(SEED_DOCUMENT);
    const docx = await draft(fixture("bac-kan-2023.docx"));
    const pdf = await draft(fixture("bac-kan-2023.pdf"));
    expect(text.valid).toBe(true);
    expect(withoutComments(docx.yaml)).toBe(withoutComments(text.yaml));
    expect(withoutComments(pdf.yaml)).toBe(withoutComments(text.yaml));
    expect(docx.sources["items.DA1"]).toEqual({ line: expect.any(Number), page: null });
    expect(pdf.sources["items.DA1"]).toEqual({ line: expect.any(Number), page: 2 });
    expect(pdf.yaml).toMatch(/- code: DA1 # trang 2, dòng \d+/);
    expect(docx.yaml).toMatch(/- code: DA1 # đoạn \d+/);
    expect(text.review.join("\n")).toContain("Các dòng vốn khớp với tổng văn bản nêu.");
  });

  it("a 2024 plan in tỷ đồng and đồng: exact amounts, its own number, date and signer, the calendar moved to 2024", async () => {
    const r = await draft(fixture("bac-kan-2024.md"));
    expect(r.valid).toBe(true);
    const plan = readYaml(r.yaml) as Record<string, Record<string, unknown>>;
    expect(plan.plan).toMatchObject({ code: "bac-kan-2024", year: "2024" });
    expect(plan.plan?.document).toEqual({
      number: "15/KH-UBND",
      date: "2024-02-20",
      issuer: "UBND thành phố Bắc Kạn",
      signer: "Hoàng Văn Bình (KT. Chủ tịch, Phó Chủ tịch)",
    });
    expect(plan.totals).toMatchObject({
      total: "8.500",
      investment: "1.200",
      recurrent: "7.300",
      central: "7.900",
      local: "600",
    });
    expect(plan.budget).toEqual([
      { items: ["DA1"], recurrent: "250" },
      { items: ["DA4.TDA1.ND1"], investment: "1.200", recurrent: "300" },
      { items: ["DA5.TDA3"], recurrent: "5.950" },
      { items: ["DA6"], recurrent: "650" },
      {
        items: ["DA10.TDA1.ND2", "DA10.TDA1.ND3"],
        recurrent: "150",
        note: "Kế hoạch vốn nội dung 02 và nội dung 03 năm 2024",
      },
    ]);
    const calendar = plan.calendar as { schedules: Record<string, unknown>[]; holidays: unknown[] };
    expect(calendar.schedules[1]).toMatchObject({ period: { key: "2024-H1" }, due: "2024-09-10" });
    expect(calendar.schedules[2]).toMatchObject({
      name: "Báo cáo kết quả thực hiện năm 2024",
      due: "2025-01-25",
    });
    expect(calendar.holidays).toHaveLength(2);
    expect(r.review.join("\n")).toContain("dời sang năm 2024 (2 kỳ nghỉ lễ giữ lại, 4 bỏ vì khác năm");
    const assignments = plan.assignments as unknown as Record<string, unknown>[];
    expect(assignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agency: "NNPTNT", role: "lead", items: ["DA1"] }),
        expect.objectContaining({ agency: "QLDT", role: "guide", items: ["DA4.TDA1.ND1"] }),
        expect.objectContaining({ agency: "UBND-DQ", role: "implement", items: ["DA4.TDA1.ND1"] }),
        expect.objectContaining({ agency: "TP", role: "lead", items: ["DA10.TDA1.ND2", "DA10.TDA1.ND3"] }),
      ]),
    );
  });

  it("a document whose lines do not add up: reported with where, the stated amounts kept", async () => {
    const r = await draft(fixture("lines-do-not-add-up.txt"));
    expect(r.valid).toBe(false);
    expect(r.reconciles).toBe(false);
    const plan = readYaml(r.yaml) as { budget: Record<string, unknown>[] };
    expect(plan.budget[1]).toEqual({ items: ["DA4.TDA1.ND1"], investment: "365", recurrent: "60" });
    const inconsistent = r.file.findings.filter((f) => f.severity === "inconsistent");
    expect(inconsistent.map((f) => [f.code, f.source?.line])).toEqual([
      ["budget-parts-differ", 27],
      ["lines-differ-recurrent", 39],
      ["total-differs-by-source", 37],
    ]);
    const review = r.review.join("\n");
    expect(review).toContain(
      "dòng 27: Dòng vốn nêu 424 triệu đồng nhưng các phần cộng lại 365 triệu đồng + 60 triệu đồng không bằng",
    );
    expect(review).toContain(
      "dòng 39: Vốn sự nghiệp văn bản nêu 135 triệu đồng, nhưng 3 dòng vốn sự nghiệp cộng lại 126 triệu đồng.",
    );
    expect(review).toContain("dòng 37: Tổng vốn 500 khác trung ương 450 + địa phương 40 = 490 triệu đồng.");
    expect(r.file.validation.errors.map((e) => e.code)).toEqual(["sum-capital-type", "sum-total-by-source"]);
  });

  it("an extra project and another agency list: what only one section names is reported", async () => {
    const r = await draft(fixture("extra-project.docx"));
    expect(r.valid).toBe(true);
    const plan = readYaml(r.yaml) as { agencies: { code: string }[]; assignments: Record<string, unknown>[] };
    expect(plan.agencies.map((a) => a.code)).toEqual(["VP", "NNPTNT", "HKL", "VHTT", "DT"]);
    expect(plan.assignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agency: "NNPTNT", role: "lead", items: ["DA3.TDA1"] }),
        expect.objectContaining({ agency: "HKL", role: "coordinate", items: ["DA3.TDA1"] }),
        expect.objectContaining({ agency: "DT", role: "lead", items: ["DA2"] }),
      ]),
    );
    const found = r.file.findings.map((f) => [f.code, f.params.item]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["org-only-item", "DA2"],
        ["content-only-item", "DA1"],
        ["no-budget", "DA2"],
      ]),
    );
    expect(r.yaml).toMatch(
      /# Nội dung này chỉ có ở mục Tổ chức thực hiện[^\n]*\n[^\n]*\n\s+- code: DA2\n\s+title: "Dự án 2"/,
    );
  });

  it("refuses a scanned PDF, an unknown type and a damaged file with a clear sentence", async () => {
    const refuse = (bytes: Uint8Array, fileName: string, locale: "vi" | "en" = "vi") =>
      draftPlanFromDocument({ bytes, fileName, caller: "system", locale });
    expect(await refuse(readFileSync(fixture("scanned.pdf")), "scanned.pdf")).toEqual({
      ok: false,
      reason: "scanned-pdf",
      message: "Tệp PDF scanned.pdf là ảnh quét, không có lớp chữ: hãy gửi bản .docx hoặc PDF xuất từ Word.",
    });
    expect(await refuse(readFileSync(fixture("scanned.pdf")), "scanned.pdf", "en")).toMatchObject({
      message:
        "The PDF scanned.pdf is a scanned image with no text layer: send the .docx, or a PDF exported from Word.",
    });
    expect(await refuse(new Uint8Array([1, 2, 3]), "plan.xlsx")).toMatchObject({
      reason: "unsupported-type",
    });
    expect(await refuse(new TextEncoder().encode("not a zip"), "plan.docx")).toMatchObject({
      reason: "unreadable-file",
    });
    expect(await refuse(new TextEncoder().encode("not a pdf"), "plan.pdf")).toMatchObject({
      reason: "unreadable-file",
    });
  });

  it("is for the standing office and admins only", async () => {
    const bytes = readFileSync(SEED_DOCUMENT);
    const leader = { memberId: "m1", role: "leader" as const, agencyId: null };
    await expect(draftPlanFromDocument({ bytes, fileName: "seed.txt", caller: leader })).rejects.toThrow(
      "forbidden",
    );
    const office = { memberId: "m2", role: "standing-office" as const, agencyId: null };
    expect((await draftPlanFromDocument({ bytes, fileName: "seed.txt", caller: office })).ok).toBe(true);
  });
});
