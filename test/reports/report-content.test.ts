// What the exported files say: the period in words, the signing block from the plan's settings
// (and the default: the standing office, its head), and real dates in the workbook.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterEach, describe, expect, it } from "vitest";
import { readPlanFile } from "../../src/domain/plan/read-plan-file.ts";
import { translator } from "../../src/i18n/translator.ts";
import { exportPeriodFiles, type ExportFormat } from "../../src/services/summary/export-period.ts";
import { seedPlanText, seedWith } from "../support/seed-plan.ts";
import { sampleWorld, type SampleWorld } from "./sample-reports.ts";

const REPORT_SECTION = `
report:
  issuer: Ủy ban nhân dân thành phố Bắc Kạn
  symbol: UBND
  place: TP. Bắc Kạn
  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
  signerTitle: Phó Chủ tịch
  signerName: Nguyễn Thị Huế
  recipients: [Ban Dân tộc tỉnh (b/c), "Lưu: VT, VP."]
`;

let world: SampleWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function exported(formats: ExportFormat[], plan?: string, locale = "vi") {
  world = await sampleWorld(plan);
  return exportPeriodFiles(world.deps, {
    actor: "system",
    periodKey: "2023-Q2",
    formats,
    t: translator(locale === "en" ? "en" : "vi"),
    locale,
    timezone: "Asia/Ho_Chi_Minh",
    soffice: "/nonexistent/soffice", // no PDF here: the rendering test makes it
  });
}

const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

describe("the report draft", () => {
  it("writes the period in words, and by default the standing office issues it and its head signs", async () => {
    const { files } = await exported(["docx"]);
    const text = await docxText(files[0]!.bytes);
    expect(text).toContain("quý II năm 2023".replace(/ /g, "\u00a0"));
    expect(text).not.toContain("2023-Q2");
    expect(text).toContain("UBND THÀNH PHỐ BẮC KẠN");
    expect(text).toMatch(/VĂN PHÒNG HĐND-UBND\s+THÀNH PHỐ/);
    expect(text).toContain("Số:      /BC-VP");
    expect(text).toContain("Bắc Kạn, ngày      tháng      năm 2023");
    expect(text).toContain("CHÁNH VĂN PHÒNG");
    expect(text).not.toContain("TM. ỦY BAN NHÂN DÂN");
    expect(text).not.toMatch(/đề xuất: —|khó khăn: —/);
    expect(text).toContain("DA6 (Phòng Văn hóa - Thông tin): khó khăn: Chưa giải phóng xong");
    expect(text).toContain(
      "DA5.TDA3 (Phòng Lao động - Thương binh và Xã hội): khó khăn: Thiếu giáo viên dạy nghề tại chỗ\n",
    );
    expect(text).toContain("Phụ lục 1. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
  });

  it("takes the issuing body, place, authority, signer and recipients from the plan's report settings", async () => {
    const plan = seedWith("\nprogram:", `${REPORT_SECTION}\nprogram:`);
    const { files } = await exported(["docx"], plan);
    const text = await docxText(files[0]!.bytes);
    expect(text).toMatch(/ỦY BAN NHÂN DÂN\s+THÀNH PHỐ BẮC KẠN/); // two lines, broken before the unit
    expect(text).not.toContain("VĂN PHÒNG HĐND-UBND");
    expect(text).toContain("Số:      /BC-UBND");
    expect(text).toContain("TP. Bắc Kạn, ngày");
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\s+KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH[\s]+Nguyễn Thị Huế/);
    expect(text).toContain("- Ban Dân tộc tỉnh (b/c)");
    expect(text).not.toContain("CHÁNH VĂN PHÒNG");
  });

  it("refuses a report section with a field it does not know, and changes nothing", () => {
    const bad = seedWith("\nprogram:", "\nreport:\n  signer: X\n\nprogram:");
    const reading = readPlanFile(bad);
    expect(reading.ok).toBe(false);
    expect(readPlanFile(seedPlanText()).ok).toBe(true);
  });

  it("says in words why there is no PDF when LibreOffice is missing, and still makes the DOCX", async () => {
    const { files, notices } = await exported(["docx", "pdf"]);
    expect(files.map((f) => f.format)).toEqual(["docx"]);
    expect(notices).toEqual([
      "Chưa tạo được bản PDF: máy chủ chưa cài LibreOffice. Hãy dùng bản Word (DOCX) của báo cáo (xuất với định dạng docx), mở bằng Word và lưu thành PDF.",
    ]);
  });
});

describe("the workbook", () => {
  it("stores dates as dates (dd/mm/yyyy), names every cell's font, and formats whole money without a separator", async () => {
    const { files } = await exported(["xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[0]!.bytes as unknown as ArrayBuffer);
    const summary = wb.getWorksheet("Tổng hợp")!;
    const due = summary.getCell("D2");
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe("2023-06-15T00:00:00.000Z");
    expect(due.numFmt).toBe("dd/mm/yyyy");
    const reports = wb.getWorksheet("Báo cáo")!;
    const submitted = reports.getRow(2).getCell(6);
    expect(submitted.value).toBeInstanceOf(Date);
    expect(submitted.numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(String(reports.getRow(2).getCell(1).value)).toMatch(/^(Phòng|Văn phòng|Trung tâm|Hội|UBND)/);
    const fonts = new Set<string>();
    const moneyFormats = new Set<string>();
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          fonts.add(c.font?.name ?? "(none)");
          if (typeof c.value === "number" && c.numFmt?.startsWith("#,##0"))
            moneyFormats.add(`${Number.isInteger(c.value)}:${c.numFmt}`);
        }),
      );
    expect(fonts).toEqual(new Set(["Times New Roman"]));
    expect([...moneyFormats].sort()).toEqual(["true:#,##0"]);
  });
});
