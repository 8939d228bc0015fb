// The CLI as people run it: a real process, a real database (SQLite file, or TEST_DATABASE=postgres).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_PLAN_FILE, seedWith } from "../support/seed-plan.ts";
import { tempLocation } from "../support/temp-database.ts";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "tiendo-cli-"));
const database = await tempLocation();
const env = { ...process.env, DATABASE_URL: database.url, DEFAULT_LOCALE: "vi" };

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
});

// Each test starts real processes; on a loaded 2-core machine that can take a while.
describe("tiendo CLI", { timeout: 180_000 }, () => {
  it("plan validate --json: totals and warnings of the seed, exit 0", async () => {
    const r = await cli("plan", "validate", SEED_PLAN_FILE, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(out.totals).toEqual({ total: 7011, investment: 365, recurrent: 6646, central: 6543, local: 468 });
    expect(out.errors).toEqual([]);
    expect(out.warnings.map((w: { code: string; item: string }) => [w.code, w.item])).toEqual([
      ["no-lead", "DA1"],
      ["no-budget", "DA5.TDA2"],
      ["no-budget", "DA7"],
    ]);
  });

  it("plan validate: a broken file exits 1 with the line and what to change", async () => {
    const file = path.join(dir, "broken.yaml");
    writeFileSync(file, seedWith("local: 468", "local: 400"));
    const r = await cli("plan", "validate", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /broken\.yaml:\d+ Ngân sách trung ương 6.543 \+ địa phương 400 = 6.943 triệu đồng, khác tổng 7.011 triệu đồng\./,
    );
    expect(r.stdout).toContain("Kế hoạch có 1 lỗi, chưa thể nhập.");
  });

  it("db migrate, plan import (twice), --dry-run, plan show --json", async () => {
    expect((await cli("db", "migrate")).code).toBe(0);
    const dry = await cli("plan", "import", SEED_PLAN_FILE, "--dry-run");
    expect(dry.stdout).toMatch(/Chạy thử, chưa ghi gì: \d+ thay đổi/);
    const first = await cli("plan", "import", SEED_PLAN_FILE);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Đã nhập kế hoạch bac-kan-2023");
    const second = await cli("plan", "import", SEED_PLAN_FILE);
    expect(second.stdout.trim()).toBe("Không có gì thay đổi: cơ sở dữ liệu đã khớp với tệp kế hoạch.");
    const show = JSON.parse((await cli("plan", "show", "--json")).stdout);
    expect(show.totals.total).toBe(7011);
    const da10 = show.tree.children.find((c: { code: string }) => c.code === "DA10");
    expect(da10.subtreeBudget.total).toBe(476); // 300 + 131 (shared, counted once) + 45
    expect(show.agencies.find((a: { code: string }) => a.code === "VP").standingOffice).toBe(true);
  });

  it("invite create --json prints { code, link }; the code is single-use and can be revoked", async () => {
    const withBot = { ...env, TELEGRAM_BOT_USERNAME: "bac_kan_tiendo_bot" };
    const created = await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "invite",
        "create",
        "--agency",
        "LDTBXH",
        "--role",
        "focal-point",
        "--json",
      ],
      {
        env: withBot,
      },
    );
    const out = JSON.parse(created.stdout);
    // Short enough to type on a phone (Zalo has no deep links), still a valid deep link parameter.
    expect(out.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(out.zalo).toBe(`Nhắn cho bot Zalo: THAMGIA ${out.code}`);
    expect(out.link).toBe(`https://t.me/bac_kan_tiendo_bot?start=${out.code}`);
    expect(out).toMatchObject({ role: "focal-point", agency: "LDTBXH" });
    const missing = await cli("invite", "create", "--role", "focal-point");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("Mã mời cho vai trò này cần chọn một đơn vị.");
    expect((await cli("invite", "create", "--role", "boss")).code).toBe(1);
    expect((await cli("invite", "revoke", out.code)).stdout.trim()).toBe("Đã thu hồi mã mời.");
    expect((await cli("invite", "revoke", out.code)).stdout.trim()).toBe(
      "Mã mời này đã được dùng hoặc đã thu hồi trước đó.",
    );
  });

  it("reply parse --json shows how a message is read", async () => {
    const good = await cli(
      "reply",
      "parse",
      "DA5.TDA3\nTiến độ: 60%\nGiải ngân: 1,2 tỷ\nKết quả: mở 3 lớp",
      "--json",
    );
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({
      ok: true,
      value: { item: "DA5.TDA3", progressPct: 60, disbursedMillion: 1200, results: "mở 3 lớp" },
      errors: [],
      warnings: [],
    });
    const bad = await cli("reply", "parse", "Tiến độ: 60%\nGiải ngân: nhiều", "--json");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).errors).toEqual([
      {
        field: "disbursed",
        line: 2,
        message:
          "Dòng 2: không đọc được số tiền “nhiều”. Ví dụ: Giải ngân: 1.200,5 (triệu đồng), hoặc 1,2 tỷ, 500 triệu, 1.200.000.000 đồng",
      },
    ]);
  });

  it("a bad setting is one clear message naming the variable, exit 1", async () => {
    const r = await run(process.execPath, ["--import", "tsx", "src/cli/main.ts", "plan", "show"], {
      env: { ...env, LOG_LEVEL: "loud" },
    }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in r && r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Cấu hình không hợp lệ: biến LOG_LEVEL: /);
  });
});
