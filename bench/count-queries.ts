// How many SQL statements one update costs (a diagnosis for the bot section, not a benchmark):
// `npx tsx bench/count-queries.ts` prints the statements of one /tasks and of one report with its
// confirmation, as the app sends them to SQLite (counted at better-sqlite3's prepare).
import { createRequire } from "node:module";
import type { SentMessage } from "../test/support/fake-telegram/fake-telegram-server.ts";
import { startBenchApp } from "./bench-app.ts";

const require = createRequire(import.meta.url);
const Database = require("better-sqlite3") as { prototype: { prepare(sql: string): unknown } };
const seen: string[] = [];
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: unknown, sql: string) {
  seen.push(sql.replace(/\s+/g, " ").slice(0, 160));
  return prepare.call(this, sql);
};

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
