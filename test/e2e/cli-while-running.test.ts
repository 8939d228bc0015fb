// The admin's CLI next to the running bot, on the same SQLite file: the bot polls, ticks its
// reminders and answers messages while the CLI runs as separate processes. Before the fix every
// command waited 10 s and failed with the schema engine's WASM_ERROR (SocketTimeout).
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../support/bot-harness.ts";
import { runCli, type CliResult } from "../cli/run-cli.ts";
import { TEST_DATABASE } from "../support/temp-database.ts";

const dir = mkdtempSync(path.join(tmpdir(), "tiendo-cli-live-"));
let h: Harness;

/**
 * The CLI's own measure, from its debug log: the migration check (where the schema engine used
 * to wait 10 s and fail) and the whole database work (open, queries, close), in ms. Opening a
 * Prisma client is CPU work (its query compiler), so on a loaded machine dbMs grows, not checkMs.
 */
function dbTimes(r: CliResult): { checkMs: number; dbMs: number } | null {
  const line = r.stderr.split("\n").find((l) => l.includes('"dbMs"'));
  return line === undefined ? null : (JSON.parse(line) as { checkMs: number; dbMs: number });
}

beforeAll(async () => {
  h = await startHarness({ env: { REMINDERS_ENABLED: "true", REMINDER_CRON: "*/5 * * * * *" } });
}, 120_000);
afterAll(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the CLI while the bot runs", { timeout: 240_000 }, () => {
  it("invite create, summary, export, reminders preview, db migrate all succeed", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: h.config.DATABASE_URL,
      LOG_LEVEL: "debug",
      DEFAULT_LOCALE: "vi",
    };
    const admin = h.chat(h.admin);
    // Keep the bot busy (reads and writes: sessions, processed updates) while the CLI runs.
    let busy = true;
    let answers = 0;
    const chatter = (async () => {
      while (busy) {
        await admin.ask("/me");
        answers++;
      }
    })();
    const out = path.join(dir, "report.xlsx");
    const commands: [string, string[]][] = [
      ["invite create", ["invite", "create", "--role", "focal-point", "--agency", "LDTBXH", "--json"]],
      ["summary", ["summary", "--json"]],
      ["export", ["export", "--out", out]],
      ["reminders preview", ["reminders", "preview", "--at", "2023-03-14T08:00:00+07:00"]],
      ["db migrate", ["db", "migrate"]],
      ["invite list", ["invite", "list"]],
      ["member list", ["member", "list", "--json"]],
      ["plan show", ["plan", "show", "--json"]],
    ];
    const results: [string, CliResult][] = [];
    for (const [name, args] of commands) results.push([name, await runCli(env, args)]);
    busy = false;
    await chatter;

    for (const [name, r] of results) {
      const times = dbTimes(r);
      process.stdout.write(
        `${name}: exit ${r.code}, migration check ${times?.checkMs ?? "-"} ms, database work ${times?.dbMs ?? "-"} ms\n`,
      );
    }
    for (const [name, r] of results) {
      expect(r.stderr, name).not.toMatch(/WASM_ERROR|SocketTimeout|Lỗi/);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      // Not a speed assertion (the machine may be loaded): it only shows nobody sat out a busy timeout.
      const times = dbTimes(r);
      expect(times, name).not.toBeNull();
      expect(times?.checkMs, name).toBeLessThan(10_000);
    }
    const get = (name: string) => results.find(([n]) => n === name)?.[1].stdout ?? "";
    expect(JSON.parse(get("invite create"))).toMatchObject({ role: "focal-point", agency: "LDTBXH" });
    expect(JSON.parse(get("summary")).expected).toBeGreaterThan(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(get("db migrate").trim()).toBe("Cơ sở dữ liệu đã ở phiên bản mới nhất.");
    expect(answers).toBeGreaterThan(0);
    // The bot kept answering throughout.
    expect(await admin.ask("/me")).toContain("Vai trò: quản trị viên");
  });

  // A file's bytes are the evidence here; on PostgreSQL read-only transactions are (test/db).
  it.runIf(TEST_DATABASE === "sqlite")("reading commands never write to the database file", async () => {
    const copy = path.join(dir, "copy.db");
    await h.temp.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    copyFileSync(h.temp.file ?? "", copy);
    const hash = () => createHash("sha256").update(readFileSync(copy)).digest("hex");
    const before = hash();
    const env = { ...process.env, DATABASE_URL: `file:${copy}`, LOG_LEVEL: "silent" };
    for (const args of [
      ["summary"],
      ["plan", "show"],
      ["plan", "periods"],
      ["invite", "list"],
      ["member", "list"],
      ["reminders", "preview", "--at", "2023-03-14T08:00:00+07:00"],
      ["export", "--out", path.join(dir, "chart.png")],
      ["plan", "import", "prisma/data/bac-kan-2023.yaml", "--dry-run"],
    ]) {
      const r = await runCli(env, args);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    }
    expect(hash()).toBe(before);
  });
});
