// Bot latency and throughput through the fake Telegram server (real HTTP, a real database): a bare
// grammY echo bot against tiendo answering /tasks, in one run. Each bot runs in a child process of
// its own, as deployed (`npm start` is its own process); the fake server and the simulated people
// run in the bench's process, the same for both.
import { performance } from "node:perf_hooks";
import { percentile } from "./stats.ts";
import { FakeTelegram } from "../test/support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../test/support/fake-telegram/telegram-users.ts";
import { startBenchAppProcess } from "./bench-app-process.ts";
import type { BenchKind } from "./bench-database.ts";
import { startBenchProcess } from "./bench-process.ts";
import { benchReportsAtOnce } from "./report-bench.ts";

const TOKEN = "123456:BENCH-token-for-the-fake-server_xyz";

async function latencies(chat: PrivateChat, text: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await chat.ask(text);
    out.push(performance.now() - start);
  }
  return out;
}

async function throughput(
  tg: FakeTelegram,
  chats: PrivateChat[],
  text: string,
  perChat: number,
): Promise<number> {
  const before = tg.messages.length;
  const total = chats.length * perChat;
  const start = performance.now();
  for (let i = 0; i < perChat; i++) for (const c of chats) await c.send(text);
  await new Promise<void>((resolve) => {
    const check = () => {
      if (tg.messages.length - before >= total) {
        tg.events.off("message", check);
        resolve();
      }
    };
    tg.events.on("message", check);
    check();
  });
  return (total / (performance.now() - start)) * 1000;
}

/**
 * The bare bot's answer times when 100 chats write at the same instant (each waits for its own
 * echo): the floor, on this machine, under the "100 reports at once" figure.
 */
async function atOnce(chats: PrivateChat[], text: string): Promise<number[]> {
  return Promise.all(
    chats.map(async (c) => {
      const start = performance.now();
      await c.ask(text, 60_000);
      return performance.now() - start;
    }),
  );
}

export async function benchBot(print: (name: string, value: string) => void, kind: BenchKind): Promise<void> {
  const N = 200;
  // 1. A bare grammY echo bot, in its own process.
  const bareTg = await new FakeTelegram(TOKEN).start();
  const bare = await startBenchProcess("bare-bot-main.ts", {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: bareTg.apiRoot,
  });
  const bareChat = new PrivateChat(bareTg, aUser());
  await latencies(bareChat, "warm-up", 20);
  const bareLat = await latencies(bareChat, "xin chào", N);
  const bareChats = Array.from({ length: 100 }, () => new PrivateChat(bareTg, aUser()));
  const burstChats = Array.from({ length: 100 }, () => new PrivateChat(bareTg, aUser()));
  await atOnce(burstChats, "warm-up");
  const bareBurst: number[] = [];
  for (let i = 0; i < 3; i++) bareBurst.push(...(await atOnce(burstChats, "xin chào")));

  // 2. tiendo, the same code npm start runs, in its own process, on a fresh database with the seed plan.
  const bench = await startBenchAppProcess(TOKEN, kind);
  const agencies = ["LDTBXH", "TP", "VHTT", "TTYT", "HLHPN", "NV", "UBND-HT", "VP", "TCKH"];
  const focal = await bench.join("focal-point", "LDTBXH");
  await latencies(focal, "/tasks", 20);
  const lat = await latencies(focal, "/tasks", N);
  // Joined one after the other: set-up, not measured (a hundred invites at once wait for the pool).
  const chats: PrivateChat[] = [];
  for (let i = 0; i < 100; i++) chats.push(await bench.join("focal-point", agencies[i % agencies.length]));

  // 3. Throughput, 1,000 updates from 100 chats a round: one round each unmeasured (a bot process
  // is warm in service), then three pairs of rounds, the bare bot's and tiendo's back to back (the
  // other bot idle), so that each ratio compares the two on the machine as it was then. One round
  // lasts about a second, and the bare bot's rate alone varied by a third between rounds of one run.
  const bareRound = () => throughput(bareTg, bareChats, "xin chào", 10);
  const tiendoRound = () => throughput(bench.tg, chats, "/tasks", 10);
  await bareRound();
  await tiendoRound();
  const pairs = await bench.process.profiled(`tasks-${kind}`, async () => {
    const out: { bare: number; tiendo: number }[] = [];
    for (let i = 0; i < 3; i++) out.push({ bare: await bareRound(), tiendo: await tiendoRound() });
    return out;
  });
  await bench.stop();
  await bare.stop();
  await bareTg.stop();

  const f = (x: number) => `${x.toFixed(1)} ms`;
  print("bare grammY echo: p50 / p95", `${f(percentile(bareLat, 50))} / ${f(percentile(bareLat, 95))}`);
  print(`tiendo /tasks (${kind}): p50 / p95`, `${f(percentile(lat, 50))} / ${f(percentile(lat, 95))}`);
  print(
    `p95 ratio tiendo (${kind}) / bare (target ≤ 3×)`,
    `${(percentile(lat, 95) / percentile(bareLat, 95)).toFixed(2)}×`,
  );
  const rates = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(" / ");
  const bareRates = pairs.map((p) => p.bare);
  const tiendoRates = pairs.map((p) => p.tiendo);
  const ratios = pairs.map((p) => p.tiendo / p.bare);
  print(
    "bare echo: 1,000 updates from 100 chats",
    `${percentile(bareRates, 50).toFixed(0)} updates/s (rounds ${rates(bareRates)})`,
  );
  print("bare echo: 100 chats writing at once, p95", f(percentile(bareBurst, 95)));
  print(
    `tiendo /tasks (${kind}): 1,000 updates from 100 chats`,
    `${percentile(tiendoRates, 50).toFixed(0)} updates/s (rounds ${rates(tiendoRates)}): ` +
      `${percentile(ratios, 50).toFixed(2)}× bare, the median of each round's ratio ` +
      `(${ratios.map((r) => r.toFixed(2)).join(", ")}; target ≥ 0.8×)`,
  );
  await benchReportsAtOnce(print, kind);
}
