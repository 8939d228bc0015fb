// Every mistake a person can make at the CLI gets one localised sentence and exit code 1 (with
// --json: one JSON error object on stdout), and changes nothing. Real processes, real SQLite files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlanFile } from "../../src/services/plan/import-plan-file.ts";
import { systemClock } from "../../src/services/service-deps.ts";
import { SEED_PLAN_FILE, seedWith } from "../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(path.join(tmpdir(), "tiendo-mistakes-"));
let seeded: TempDatabase;
let empty: TempDatabase;
const envOf = (url: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: url,
  DEFAULT_LOCALE: "vi",
  LOG_LEVEL: "silent",
  ...extra,
});
const cli = (...args: string[]) => runCli(envOf(seeded.url), args);
const json = (stdout: string) =>
  JSON.parse(stdout) as { ok: boolean; error: { code: string; message: string } };
/** No English system text, no error code, no stack trace. */
const clean = (text: string) =>
  expect(text).not.toMatch(/Error|error:|at \w+ \(|ENOENT|EISDIR|commander|Lỗi: [a-z-]+$/m);

beforeAll(async () => {
  seeded = await tempDatabase();
  await importPlanFile({ db: seeded.db, clock: systemClock }, { file: SEED_PLAN_FILE });
  await seeded.db.$disconnect();
  empty = await tempDatabase();
  await empty.db.$disconnect();
}, 120_000);

afterAll(async () => {
  await seeded.close();
  await empty.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("CLI mistakes, in Vietnamese", { timeout: 180_000 }, () => {
  it("summary on an empty database: a sentence, not `no-plan`; --json: a JSON error", async () => {
    const [text, asJson] = await Promise.all([
      runCli(envOf(empty.url), ["summary"]),
      runCli(envOf(empty.url), ["summary", "--json"]),
    ]);
    expect(text.code).toBe(1);
    expect(text.stderr.trim()).toBe("Chưa có kế hoạch nào trong hệ thống.");
    expect(asJson.code).toBe(1);
    expect(json(asJson.stdout)).toEqual({
      ok: false,
      error: { code: "no-plan", message: "Chưa có kế hoạch nào trong hệ thống." },
    });
  });

  it("a database that does not exist yet: reading commands say to migrate and create nothing", async () => {
    const file = path.join(dir, "nowhere", "none.db");
    const r = await runCli(envOf(`file:${file}`), ["member", "list"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Cơ sở dữ liệu ${file} chưa được tạo hoặc chưa cập nhật. Chạy trước: npm run -s cli -- db migrate`,
    );
    expect(() => statSync(path.dirname(file))).toThrow();
  });

  it("periods are accepted the way people write them; an unknown one lists the valid ones", async () => {
    const forms = ["Q2", "quý 2", "2023-q2", "6 tháng", "cả năm"];
    const results = await Promise.all(forms.map((p) => cli("summary", "--period", p, "--json")));
    expect(results.map((r) => JSON.parse(r.stdout).period)).toEqual([
      "2023-Q2",
      "2023-Q2",
      "2023-Q2",
      "2023-H1",
      "2023-Y",
    ]);
    const bad = await cli("summary", "--period", "2023-Q5");
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      "Không có kỳ báo cáo “2023-Q5”. Các kỳ của kế hoạch: 2023-Q1, 2023-Q2, 2023-H1, 2023-Q3, 2023-Q4, 2023-Y (có thể viết Q2, quý 2, 6 tháng, cả năm).",
    );
    const periods = await cli("plan", "periods");
    expect(periods.code).toBe(0);
    expect(periods.stdout).toContain(
      "2023-Q2  quý II năm 2023: từ 01/04/2023 đến 30/06/2023, hạn nộp 15/06/2023",
    );
  });

  it("plan show with an unknown plan code names the plans present; any case finds one", async () => {
    const [unknown, upper] = await Promise.all([
      cli("plan", "show", "--plan", "bac-kan-2024"),
      cli("plan", "show", "--plan", "BAC-KAN-2023", "--json"),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      "Không có kế hoạch mã bac-kan-2024 trong cơ sở dữ liệu. Các kế hoạch hiện có: bac-kan-2023.",
    );
    expect(JSON.parse(upper.stdout).code).toBe("bac-kan-2023");
  });

  it("file errors name the file: missing, a folder, an export into a missing folder", async () => {
    const folder = path.join(dir, "a-folder");
    mkdirSync(folder, { recursive: true });
    const [missing, missingJson, isDir, outDir, outMissing, importMissing] = await Promise.all([
      cli("plan", "validate", "ke-hoach.yml"),
      cli("plan", "validate", "ke-hoach.yml", "--json"),
      cli("plan", "validate", folder),
      cli("export", "--out", folder, "--format", "xlsx"),
      cli("export", "--out", path.join(dir, "no", "such", "report.xlsx")),
      cli("plan", "import", "ke-hoach.yml"),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("Không tìm thấy tệp ke-hoach.yml. Kiểm tra lại tên và đường dẫn.");
    expect(json(missingJson.stdout).error.code).toBe("file-not-found");
    expect(isDir.stderr.trim()).toBe(`${folder} là một thư mục, không phải tệp. Ghi rõ tên tệp.`);
    expect(outDir.stderr.trim()).toBe(`${folder} là một thư mục, không phải tệp. Ghi rõ tên tệp.`);
    expect(outMissing.stderr.trim()).toBe(
      `Không tìm thấy tệp ${path.join(dir, "no", "such", "report.xlsx")}. Kiểm tra lại tên và đường dẫn.`,
    );
    expect(importMissing.stderr.trim()).toBe(
      "Không tìm thấy tệp ke-hoach.yml. Kiểm tra lại tên và đường dẫn.",
    );
    for (const r of [missing, isDir, outDir, outMissing, importMissing]) {
      expect(r.code).toBe(1);
      clean(r.stderr);
    }
  });

  it("plan validate shows the bad agency code back", async () => {
    const file = path.join(dir, "bad-code.yaml");
    writeFileSync(file, seedWith("- code: LDTBXH", "- code: LĐTBXH"));
    const r = await cli("plan", "validate", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad-code\.yaml:45 Mã “LĐTBXH” không hợp lệ\./);
  });

  it("export: the format comes from the extension; a contradicting --format is refused", async () => {
    const docx = path.join(dir, "report.docx");
    const [mismatch, inferred] = await Promise.all([
      cli("export", "--format", "xlsx", "--out", path.join(dir, "mismatch.docx")),
      cli("export", "--out", docx, "--period", "Q1"),
    ]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr.trim()).toBe(
      `Tệp ${path.join(dir, "mismatch.docx")} có đuôi .docx nhưng định dạng yêu cầu là xlsx. Đổi tên tệp thành …xlsx hoặc bỏ --format để suy ra từ đuôi tệp.`,
    );
    expect(() => statSync(path.join(dir, "mismatch.docx"))).toThrow();
    expect(inferred.code).toBe(0);
    expect(readFileSync(docx).toString("latin1")).toContain("word/document.xml");
  });

  it("--help, commander's own errors and config errors are Vietnamese", async () => {
    const [help, role, option, argument, token] = await Promise.all([
      cli("invite", "create", "--help"),
      cli("invite", "create", "--role", "focal"),
      cli("summary", "--perod", "Q1"),
      cli("plan", "validate"),
      runCli(envOf(seeded.url, { TELEGRAM_BOT_TOKEN: "not-a-token" }), ["summary"]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Cách dùng: tiendo invite create [tùy-chọn]");
    expect(help.stdout).toContain("tạo mã mời dùng một lần");
    expect(help.stdout).toContain("Tùy chọn:");
    expect(help.stdout).not.toMatch(/Usage|Options|display help|print/);
    expect(role.stderr.trim()).toBe(
      "Không có vai trò “focal”. Chọn một trong: admin (quản trị viên), standing-office (cơ quan thường trực), leader (lãnh đạo), focal-point (đầu mối báo cáo).",
    );
    expect(option.stderr.trim()).toBe("Không có tùy chọn --perod. Xem thêm: npm run -s cli -- --help");
    expect(argument.stderr.trim()).toBe("Thiếu tệp. Xem thêm: npm run -s cli -- --help");
    expect(token.stderr.trim()).toBe(
      "Cấu hình không hợp lệ: biến TELEGRAM_BOT_TOKEN: phải có dạng 123456:ABC-DEF… (lấy từ @BotFather)",
    );
    for (const r of [role, option, argument, token]) expect(r.code).toBe(1);
  });

  it("invites: agency codes in any case, roles and dates in Vietnamese, local time", async () => {
    const created = await cli("invite", "create", "--role", "focal-point", "--agency", "ldtbxh");
    expect(created.code).toBe(0);
    const list = await cli("invite", "list");
    expect(list.stdout).toMatch(/ {2}đầu mối báo cáo {2}LDTBXH {2}hết hạn \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(list.stdout).not.toMatch(/focal-point|T\d{2}:\d{2}/);
  });

  it("plan import --dry-run shows old → new values in Vietnamese", async () => {
    const file = path.join(dir, "renamed.yaml");
    writeFileSync(file, seedWith("name: Phòng Nội vụ\n", "name: Phòng Nội vụ thành phố\n"));
    const r = await cli("plan", "import", file, "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("~ sửa đơn vị NV: tên “Phòng Nội vụ” → “Phòng Nội vụ thành phố”");
    expect(r.stdout).toContain("Chạy thử, chưa ghi gì: 1 thay đổi sẽ được áp dụng.");
  });

  it("reply parse refuses absurd and negative amounts and warns on contradictions", async () => {
    const [huge, negative, contradiction] = await Promise.all([
      cli("reply", "parse", "DA5.TDA3\nGiải ngân: 99999999999999999999999"),
      cli("reply", "parse", "Giải ngân: đầu tư -300; sự nghiệp 59", "--json"),
      cli("reply", "parse", "Trạng thái: chưa bắt đầu\nTiến độ: 100%"),
    ]);
    expect(huge.code).toBe(1);
    expect(huge.stdout).toContain(
      "✗ Dòng 2: số tiền “99999999999999999999999” quá lớn (tối đa 1000000 tỷ đồng).",
    );
    expect(negative.code).toBe(1);
    expect(JSON.parse(negative.stdout).errors[0].message).toContain("là số âm");
    expect(contradiction.stdout).toContain("Trạng thái: chưa thực hiện");
    expect(contradiction.stdout).toContain("⚠️ Trạng thái “chưa thực hiện” nhưng tiến độ là 100%.");
  });
});

describe("CLI mistakes, in English", { timeout: 180_000 }, () => {
  it("--lang en gives the English sentences", async () => {
    const [period, file, help, exportMismatch] = await Promise.all([
      cli("summary", "--period", "Q9", "--lang", "en"),
      cli("plan", "validate", "plan.yml", "--lang", "en", "--json"),
      cli("--lang", "en", "--help"),
      cli("export", "--format", "png", "--out", "chart.xlsx", "--lang", "en"),
    ]);
    expect(period.code).toBe(1);
    expect(period.stderr.trim()).toBe(
      "There is no reporting period “Q9”. The plan's periods: 2023-Q1, 2023-Q2, 2023-H1, 2023-Q3, 2023-Q4, 2023-Y (you can also write Q2, quarter 2, H1, year).",
    );
    expect(json(file.stdout)).toEqual({
      ok: false,
      error: { code: "file-not-found", message: "File plan.yml not found. Check its name and path." },
    });
    expect(help.stdout).toContain("Usage: tiendo [options] [command]");
    expect(help.stdout).toContain("plan periods".split(" ")[0]);
    expect(exportMismatch.stderr.trim()).toBe(
      "chart.xlsx ends in .xlsx but the format asked for is png. Name the file …png, or leave out --format to take it from the extension.",
    );
  });
});
