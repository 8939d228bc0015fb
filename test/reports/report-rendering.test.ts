// The report and the workbook as the office opens them: converted by LibreOffice headless to PDF
// and PNG pages (written to test-output/reports/ to look at), and measured there: the motto and
// the issuing authority on one line each, page numbers, no two words drawn over each other (rows
// that overlap or text that leaves its cell would), codes never broken.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/translator.ts";
import { convertWithOffice } from "../../src/reports/convert-with-office.ts";
import { exportPeriodFiles, type ExportedFile } from "../../src/services/summary/export-period.ts";
import { sampleWorld } from "./sample-reports.ts";

const OUT = path.resolve(import.meta.dirname, "../../test-output/reports");
const hasOffice =
  spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;
if (!hasOffice)
  console.warn(
    "report rendering test skipped: LibreOffice (soffice) or poppler-utils is not installed; .ci/run installs them",
  );

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(pdf: string): Word[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 });
  const out: Word[] = [];
  let page = 0;
  for (const m of xml.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0].startsWith("<page")) page++;
    else out.push({ page, text: m[5]!, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
  }
  return out;
}

/** Pairs of words on a page whose boxes overlap (beyond a hair's breadth). */
function overlaps(ws: Word[]): string[] {
  const found: string[] = [];
  const eps = 0.6; // points
  for (let i = 0; i < ws.length; i++)
    for (let j = i + 1; j < ws.length; j++) {
      const a = ws[i]!;
      const b = ws[j]!;
      if (a.page !== b.page) continue;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      // Lines of one paragraph touch (a font's box is taller than its line); drawn over each other is more.
      const h = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (x > eps && y > 0.3 * h) found.push(`p${a.page} "${a.text}" × "${b.text}"`);
    }
  return found;
}

const layoutText = (pdf: string, page?: number) =>
  execFileSync(
    "pdftotext",
    ["-layout", ...(page ? ["-f", String(page), "-l", String(page)] : []), pdf, "-"],
    {
      encoding: "utf8",
    },
  );

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);

describe.skipIf(!hasOffice)("the Q2 report and workbook rendered by LibreOffice", () => {
  let files: ExportedFile[] = [];
  const pdfOf = (name: string) => path.join(OUT, name);

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const world = await sampleWorld();
    try {
      const result = await exportPeriodFiles(world.deps, {
        actor: "system",
        periodKey: "2023-Q2",
        formats: ["docx", "pdf", "xlsx", "png", "png-agencies", "png-trend"],
        t: translator("vi"),
        locale: "vi",
        timezone: "Asia/Ho_Chi_Minh",
      });
      expect(result.notices).toEqual([]);
      files = result.files;
    } finally {
      await world.close();
    }
    for (const f of files) writeFileSync(path.join(OUT, f.fileName), f.bytes);
    const xlsx = files.find((f) => f.format === "xlsx")!;
    const converted = await convertWithOffice(xlsx.bytes, { from: "xlsx" });
    if (!converted.ok) throw new Error(`xlsx conversion: ${converted.detail}`);
    writeFileSync(pdfOf("workbook.pdf"), converted.bytes);
    const report = files.find((f) => f.format === "pdf")!;
    execFileSync("pdftoppm", ["-r", "80", "-png", pdfOf(report.fileName), path.join(OUT, "report-page")]);
    execFileSync("pdftoppm", ["-r", "80", "-png", pdfOf("workbook.pdf"), path.join(OUT, "workbook-page")]);
  }, 240_000);

  afterAll(() => undefined);

  const reportPdf = () => pdfOf(files.find((f) => f.format === "pdf")!.fileName);

  it("is set in Tinos (Times New Roman's metrics), embedded", () => {
    const fonts = execFileSync("pdffonts", [reportPdf()], { encoding: "utf8" });
    expect(fonts).toMatch(/Tinos-Regular/);
    expect(fonts).toMatch(/Tinos-Bold/);
    expect(fonts).not.toMatch(/Liberation|DejaVu/);
  });

  it("has the national motto and the issuing authority each on one line, and the place and date", () => {
    const lines = layoutText(reportPdf(), 1).split("\n");
    expect(lines.some((l) => l.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toBe(true);
    expect(lines.some((l) => l.includes("Độc lập - Tự do - Hạnh phúc"))).toBe(true);
    expect(lines.some((l) => l.includes("UBND THÀNH PHỐ BẮC KẠN"))).toBe(true);
    expect(lines.some((l) => /Bắc Kạn, ngày\s+tháng\s+năm 2023/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes("quý II năm 2023"))).toBe(true);
  });

  it("numbers its pages from the second, at the top", () => {
    const pages = pageCount(reportPdf());
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(layoutText(reportPdf(), 1).trim().split("\n")[0]).not.toMatch(/^\s*1\s*$/);
    for (let p = 2; p <= pages; p++)
      expect(layoutText(reportPdf(), p).trim().split("\n")[0]?.trim()).toBe(String(p));
  });

  it("draws no word over another in the report, and never breaks a code", () => {
    const ws = words(reportPdf());
    expect(overlaps(ws)).toEqual([]);
    const codes = ws.filter((w) => /^DA\d/.test(w.text)).map((w) => w.text);
    expect(codes).toContain("DA10.TDA1");
    for (const c of codes) expect(c).toMatch(/^DA\d+(\.TDA\d+)?(\.ND\d+)?\)?[):,.]*$/);
  });

  it("draws no word over another in the workbook (headers clear of the first row, text inside its cell)", () => {
    const ws = words(pdfOf("workbook.pdf"));
    expect(ws.length).toBeGreaterThan(200);
    expect(overlaps(ws)).toEqual([]);
    const header = ws.find(
      (w) => w.text === "Nội" && ws.some((x) => x.page === w.page && x.text === "dung"),
    )!;
    const firstRow = ws.find((w) => w.page === header.page && w.text === "DA1")!;
    const headerBottom = Math.max(
      ...ws
        .filter((w) => w.page === header.page && w.yMin < firstRow.yMin - 2 && w.yMin >= header.yMin - 20)
        .map((w) => w.yMax),
    );
    expect(firstRow.yMin).toBeGreaterThan(headerBottom);
  });
});
