// How many SQL statements one update costs (a diagnosis for the bot section, not a benchmark):
// `npx tsx bench/count-queries.ts` prints the statements of one /tasks and of one report with its
// confirmation, as the app sends them to SQLite (counted as better-sqlite3 runs them: compiled
// statements are kept and run again, see db/sqlite-statement-cache.ts).
import { createRequire } from "node:module";
import type { SentMessage } from "../test/support/fake-telegram/fake-telegram-server.ts";
import { startBenchApp } from "./bench-app.ts";

const require = createRequire(import.meta.url);
type Run = (this: { source: string }, ...args: unknown[]) => unknown;
const Database = require("better-sqlite3") as new (file: string) => { prepare(sql: string): object };
const Statement = Object.getPrototypeOf(new Database(":memory:").prepare("SELECT 1")) as Record<string, Run>;
const seen: string[] = [];
for (const method of ["run", "all", "get", "iterate"]) {
  const run = Statement[method]!;
  Statement[method] = function (...args) {
    seen.push(this.source.replace(/\s+/g, " ").slice(0, 160));
    return run.apply(this, args);
  };
}

async function count(label: string, work: () => Promise<void>): Promise<void> {
  seen.length = 0;
  await work();
  process.stdout.write(`\n${label}: ${seen.length} statements\n${seen.map((s) => `  ${s}`).join("\n")}\n`);
}

const bench = await startBenchApp("123456:BENCH-count-queries_xyz", {
  now: () => new Date("2023-03-10T03:00:00Z"),
});
const chat = await bench.join("focal-point", "LDTBXH");
await chat.ask("/tasks"); // warms the plan caches (the first request of an agency loads its plan data)
await chat.send("DA5.TDA3\nTiến độ: 50%");
await chat.next((m) => m.text?.startsWith("Anh/chị xác nhận") ?? false, 10_000);
await count("/tasks", async () => void (await chat.ask("/tasks")));
let summary: SentMessage | undefined;
await count("a report message", async () => {
  await chat.send("DA5.TDA3\nTiến độ: 60%\nGiải ngân: 1,5\nKết quả: thử");
  summary = await chat.next((m) => m.text?.startsWith("Anh/chị xác nhận") ?? false, 10_000);
});
await count("its confirmation", async () => {
  await chat.press(summary!, summary!.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data ?? "");
  await chat.next((m) => m.text?.startsWith("✅") ?? false, 10_000);
});
await bench.stop();
