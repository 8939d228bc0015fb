// The pieces the draft is read with: references, amounts, agency codes, HTML and PDF paragraphs.
import { describe, expect, it } from "vitest";
import { agencyCodeOf, agencyKindOf } from "../../../src/domain/plan-draft/agency-code.ts";
import { findAmounts } from "../../../src/domain/plan-draft/find-amounts.ts";
import { itemReferences } from "../../../src/domain/plan-draft/item-references.ts";
import { joinWrappedLines } from "../../../src/domain/plan-draft/join-wrapped-lines.ts";
import { linesFromHtml } from "../../../src/domain/plan-draft/lines-from-html.ts";
import { linesFromPdf } from "../../../src/domain/plan-draft/lines-from-pdf.ts";
import { linesFromText } from "../../../src/domain/plan-draft/lines-from-text.ts";
import { millionText } from "../../../src/domain/plan-draft/million-text.ts";

describe("item references", () => {
  it.each([
    [
      "Tiểu dự án 4 thuộc dự án 5; Tiểu dự án 2 thuộc dự án 9; Nội dung 1, tiểu dự án 1 thuộc dự án 10;",
      ["DA5.TDA4", "DA9.TDA2", "DA10.TDA1.ND1"],
    ],
    ["nội dung số 01, tiểu dự án 2 thuộc dự án 5.", ["DA5.TDA2.ND1"]],
    ["thực hiện nội dung tiêu dự án 3 thuộc dự án 5.", ["DA5.TDA3"]],
    ["nội dung số 02 và nội dung số 03 của tiêu dự án 1 thuộc dự án 10.", ["DA10.TDA1.ND2", "DA10.TDA1.ND3"]],
    ["tổ chức thực hiện nội dung thuộc dự án 6.", ["DA6"]],
    ["triển khai các dự án, tiêu dự án, nội dung thành phần", []],
  ])("%s", (sentence, codes) => expect(itemReferences(sentence)).toEqual(codes));
});

describe("amounts", () => {
  it("reads triệu, tỷ and đồng exactly, with the capital type of each", () => {
    const { amounts } = findAmounts(
      "424 triệu đồng (Vốn đầu tư phát triển 365 triệu đồng, Vốn sự nghiệp 59 triệu đồng)",
    );
    expect(amounts.map((a) => [a.vnd, a.capitalType])).toEqual([
      [424_000_000n, null],
      [365_000_000n, "investment"],
      [59_000_000n, "recurrent"],
    ]);
    expect(findAmounts("1,2 tỷ đồng (vốn sự nghiệp).").amounts.map((a) => [a.vnd, a.capitalType])).toEqual([
      [1_200_000_000n, "recurrent"],
    ]);
    expect(findAmounts("2.500.000.000 đồng").amounts[0]?.vnd).toBe(2_500_000_000n);
    expect(findAmounts("1.234,5 triệu đồng").amounts[0]?.vnd).toBe(1_234_500_000n);
    expect(findAmounts("năm 2023 và 12 tháng").amounts).toEqual([]);
  });
  it("writes million VND the Vietnamese way", () => {
    expect([7_011_000_000n, 1_234_500_000n, 0n].map(millionText)).toEqual(["7.011", "1.234,5", "0"]);
  });
});

describe("agency codes", () => {
  it.each([
    ["Văn phòng HĐND-UBND", "VP", "office"],
    ["Phòng Lao động - Thương binh và Xã hội", "LDTBXH", "department"],
    ["Hội Liên hiệp Phụ nữ thành phố", "HLHPN", "mass-organisation"],
    ["Ủy ban nhân dân các xã, phường", "UBND-XP", "group"],
    ["UBND phường Huyện Tụng", "UBND-HT", "commune"],
    ["MTTQ Việt Nam và các tổ chức chính trị - xã hội", "MTTQ", "mass-organisation"],
  ])("%s → %s", (name, code, kind) => {
    expect(agencyCodeOf(name)).toBe(code);
    expect(agencyKindOf(name)).toBe(kind);
  });
});

describe("paragraphs", () => {
  it("text: Markdown hints, and lines a page wrapped joined again", () => {
    const lines = joinWrappedLines(
      linesFromText(
        "## **KẾ HOẠCH**\n\n- bồi dưỡng kiến thức, kỹ năng,\n\nng nghiệp vụ;\n\n\\* **Kế hoạch vốn:** 20 triệu đồng.",
      ),
    );
    expect(lines.map((l) => [l.text, l.source.line, l.heading, l.bold])).toEqual([
      ["KẾ HOẠCH", 1, 2, true],
      ["- bồi dưỡng kiến thức, kỹ năng, ng nghiệp vụ;", 3, null, false],
      ["* Kế hoạch vốn: 20 triệu đồng.", 7, null, false],
    ]);
  });
  it("DOCX (mammoth's HTML): headings, whole-bold paragraphs, bullets and Word numbering", () => {
    const html =
      "<h2><strong>III. NỘI DUNG</strong></h2><p><strong>1. Dự án 1:</strong> x</p><ul><li>một &amp; hai</li></ul><ol><li>A<ol><li>B</li></ol></li></ol>";
    expect(linesFromHtml(html).map((l) => [l.text, l.heading, l.bold, l.bullet])).toEqual([
      ["III. NỘI DUNG", 2, true, false],
      ["1. Dự án 1: x", null, false, false],
      ["- một & hai", null, false, true],
      ["1. A", null, false, false],
      ["1.1. B", null, false, false],
    ]);
  });
  it("PDF: full lines at the usual pitch join; a short line, a gap or a marker ends a paragraph", () => {
    const line = (text: string, lineNo: number, top: number, right: number) => ({
      text,
      page: 1,
      line: lineNo,
      top,
      right,
      bold: false,
    });
    const lines = linesFromPdf([
      line("3. Phòng Nội vụ", 1, 100, 180),
      line("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, tổ chức", 2, 115, 520),
      line("thực hiện nội dung số 01 theo Quyết định 45/QĐ-", 3, 130, 521),
      line("TTg.", 4, 145, 100),
      line("- Bồi dưỡng kiến thức dân tộc cho cán bộ công chức trong vùng kinh tế", 5, 175, 519),
      line("- xã hội.", 6, 190, 120),
    ]);
    expect(lines.map((l) => [l.text, l.source])).toEqual([
      ["3. Phòng Nội vụ", { line: 1, page: 1 }],
      [
        "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, tổ chức thực hiện nội dung số 01 theo Quyết định 45/QĐ-TTg.",
        { line: 2, page: 1 },
      ],
      [
        "- Bồi dưỡng kiến thức dân tộc cho cán bộ công chức trong vùng kinh tế - xã hội.",
        { line: 5, page: 1 },
      ],
    ]);
  });
});
