// `plan draft` as people run it: a real process; the written draft passes `plan validate` with
// the bundled plan's totals and gaps.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, SEED_DOCUMENT } from "../support/plan-draft.ts";
import { SEED_PLAN_FILE } from "../support/seed-plan.ts";
import { tempLocation } from "../support/temp-database.ts";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(path.join(tmpdir(), "tiendo-draft-"));
const database = await tempLocation();
const env = { ...process.env, DATABASE_URL: database.url, DEFAULT_LOCALE: "vi" };
const cli = (...args: string[]) => runCli(env, args);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
});

describe("tiendo plan draft", { timeout: 180_000 }, () => {
  it("writes a draft that validates as the bundled plan does, and prints the review", async () => {
    const out = path.join(dir, "draft.yaml");
    const r = await cli("plan", "draft", SEED_DOCUMENT, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã đọc bac-kan-2023.txt: 207 đoạn; 27 nội dung");
    expect(r.stdout).toContain("dòng 53: DA1 chưa có đơn vị chủ trì hoặc thực hiện.");
    expect(r.stdout).toContain(`Đã ghi bản nháp vào ${out}.`);
    const mine = JSON.parse((await cli("plan", "validate", out, "--json")).stdout);
    const theirs = JSON.parse((await cli("plan", "validate", SEED_PLAN_FILE, "--json")).stdout);
    expect(mine.ok).toBe(true);
    expect(mine.totals).toEqual({ total: 7011, investment: 365, recurrent: 6646, central: 6543, local: 468 });
    expect(mine.lineTotals).toEqual(theirs.lineTotals);
    const gaps = (v: { warnings: { code: string; item: string }[] }) =>
      v.warnings.map((w) => [w.code, w.item]);
    expect(gaps(mine)).toEqual(gaps(theirs));
  });

  it("--json: the draft, the review and the source of each value; English with --lang en", async () => {
    const r = await cli("plan", "draft", fixture("bac-kan-2023.pdf"), "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(out.reconciles).toBe(true);
    expect(out.draft.totals.total).toBe("7.011");
    expect(out.sources["items.DA1"]).toEqual({ line: expect.any(Number), page: 2 });
    expect(out.review.findings).toContainEqual(
      expect.objectContaining({
        code: "no-budget",
        severity: "gap",
        page: 3,
        message: expect.stringMatching(/^page 3, line \d+: DA5\.TDA2 has no budget\.$/),
      }),
    );
  });

  it("a scanned PDF is refused with a sentence and nothing is written", async () => {
    const out = path.join(dir, "scanned.yaml");
    const r = await cli("plan", "draft", fixture("scanned.pdf"), "--out", out);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe(
      "Tệp PDF scanned.pdf là ảnh quét, không có lớp chữ: hãy gửi bản .docx hoặc PDF xuất từ Word.",
    );
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toBe("");
  });

  it("a missing file is answered in the person's language", async () => {
    const r = await cli("plan", "draft", path.join(dir, "nope.docx"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Không mở được tệp");
  });
});
