// Bot latency and throughput through the fake Telegram server (real HTTP, real SQLite):
// a bare grammY echo bot against tiendo answering /tasks, in one run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { pino } from "pino";
import { BOT_USER, FakeTelegram } from "../../test/support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../../test/support/fake-telegram/telegram-users.ts";
import { createConfig } from "../config/config.ts";
import { startApp } from "../main.ts";
import { createInvite } from "../services/create-invite.ts";
import { redeemInvite } from "../services/redeem-invite.ts";
import { systemClock } from "../services/service-deps.ts";

const TOKEN = "123456:BENCH-token-for-the-fake-server_xyz";
const botInfo: UserFromGetMe = {
  ...BOT_USER,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as UserFromGetMe;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

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

export async function benchBot(print: (name: string, value: string) => void): Promise<void> {
  const N = 200;
  // 1. A bare grammY echo bot.
  const bareTg = await new FakeTelegram(TOKEN).start();
  const bare = new Bot(TOKEN, { client: { apiRoot: bareTg.apiRoot }, botInfo });
  bare.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  void bare.start();
  const bareChat = new PrivateChat(bareTg, aUser());
  await latencies(bareChat, "warm-up", 20);
  const bareLat = await latencies(bareChat, "xin chào", N);
  const bareChats = Array.from({ length: 100 }, () => new PrivateChat(bareTg, aUser()));
  const bareTput = await throughput(bareTg, bareChats, "xin chào", 10);
  await bare.stop();
  await bareTg.stop();

  // 2. tiendo, the same code npm start runs, on a fresh SQLite file with the seed plan.
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-botbench-"));
  const tg = await new FakeTelegram(TOKEN).start();
  const config = createConfig({
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    PORT: "0",
    LOG_LEVEL: "silent",
  });
  const app = await startApp(config, { logger: pino({ level: "silent" }), botInfo, say: () => undefined });
  const deps = { db: app.db, clock: systemClock };
  const agencies = ["LDTBXH", "TP", "VHTT", "TTYT", "HLHPN", "NV", "UBND-HT", "VP", "TCKH"];
  const join = async (i: number) => {
    const user = aUser();
    const inv = await createInvite(deps, {
      actor: "system",
      role: "focal-point",
      agencyCode: agencies[i % agencies.length],
      ttlDays: 7,
    });
    await redeemInvite(deps, {
      code: inv.code,
      account: {
        channel: "telegram",
        externalId: String(user.id),
        chatId: String(user.id),
        fullName: user.first_name,
        username: null,
        locale: null,
      },
    });
    return new PrivateChat(tg, user);
  };
  const focal = await join(0);
  await latencies(focal, "/tasks", 20);
  const lat = await latencies(focal, "/tasks", N);
  const chats = await Promise.all(Array.from({ length: 100 }, (_, i) => join(i)));
  const tput = await throughput(tg, chats, "/tasks", 10);
  await app.stop();
  await tg.stop();
  rmSync(dir, { recursive: true, force: true });

  const f = (x: number) => `${x.toFixed(1)} ms`;
  print("bare grammY echo: p50 / p95", `${f(percentile(bareLat, 50))} / ${f(percentile(bareLat, 95))}`);
  print("tiendo /tasks: p50 / p95", `${f(percentile(lat, 50))} / ${f(percentile(lat, 95))}`);
  print(
    "p95 ratio tiendo / bare (target ≤ 3×)",
    `${(percentile(lat, 95) / percentile(bareLat, 95)).toFixed(2)}×`,
  );
  print("bare echo: 1,000 updates from 100 chats", `${bareTput.toFixed(0)} updates/s`);
  print("tiendo /tasks: 1,000 updates from 100 chats", `${tput.toFixed(0)} updates/s`);
}
