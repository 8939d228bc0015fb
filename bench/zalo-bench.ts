// The Zalo channel through the fake Zalo server (real HTTP, real SQLite): /tasks latency next to
// Telegram's, and a reminder fan-out to 1,000 Zalo recipients at the configured send rate.
import { performance } from "node:perf_hooks";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { zaloNotificationChannel } from "../src/channels/zalo/zalo-notification-channel.ts";
import { ZaloApi } from "../src/channels/zalo/zalo-api.ts";
import { createConfig } from "../src/config/config.ts";
import { startApp } from "../src/main.ts";
import { createInvite } from "../src/services/people/create-invite.ts";
import { redeemInvite } from "../src/services/people/redeem-invite.ts";
import { enqueueDueReminders } from "../src/services/reminders/enqueue-due-reminders.ts";
import { sendDueOutbox } from "../src/services/outbox/send-due-outbox.ts";
import { SendThrottle } from "../src/services/outbox/send-throttle.ts";
import { systemClock } from "../src/services/service-deps.ts";
import { FakeZalo } from "../test/support/fake-zalo/fake-zalo-server.ts";
import { ZaloChat } from "../test/support/fake-zalo/zalo-chat.ts";
import type { PrivateChat } from "../test/support/fake-telegram/telegram-users.ts";
import { startBenchApp } from "./bench-app.ts";
import { world } from "./reminder-bench.ts";
import { percentile } from "./stats.ts";

const ZALO_TOKEN = "1234567890:bench-zalo-key_abcdef";
const TG_TOKEN = "123456:BENCH-zalo-side-by-side_xyz";

async function latencies(ask: () => Promise<unknown>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await ask();
    out.push(performance.now() - start);
  }
  return out;
}

async function zaloTasks(n: number): Promise<number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-bench-zalo-"));
  const zalo = await new FakeZalo(ZALO_TOKEN).start();
  const config = createConfig({
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    PORT: "0",
    LOG_LEVEL: "silent",
    REMINDERS_ENABLED: "false",
  });
  const app = await startApp(config, { logger: pino({ level: "silent" }), say: () => undefined });
  const deps = { db: app.db, clock: systemClock };
  const user = zalo.aUser("Đầu mối");
  const invite = await createInvite(deps, {
    actor: "system",
    role: "focal-point",
    agencyCode: "LDTBXH",
    ttlDays: 7,
  });
  await redeemInvite(deps, {
    code: invite.code,
    account: {
      channel: "zalo",
      externalId: user.id,
      chatId: user.id,
      fullName: user.display_name,
      username: null,
      locale: "vi",
    },
  });
  const chat = new ZaloChat(zalo, user);
  await latencies(() => chat.ask("/tasks"), 20);
  const lat = await latencies(() => chat.ask("/tasks"), n);
  await app.stop();
  await zalo.stop();
  rmSync(dir, { recursive: true, force: true });
  return lat;
}

async function telegramTasks(n: number): Promise<number[]> {
  const bench = await startBenchApp(TG_TOKEN);
  const focal: PrivateChat = await bench.join("focal-point", "LDTBXH");
  await latencies(() => focal.ask("/tasks"), 20);
  const lat = await latencies(() => focal.ask("/tasks"), n);
  await bench.stop();
  return lat;
}

/** The most messages sent within any one second. */
function peakPerSecond(times: number[]): number {
  let peak = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

export async function benchZalo(print: (name: string, value: string) => void): Promise<void> {
  const N = 200;
  const tg = await telegramTasks(N);
  const za = await zaloTasks(N);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  print("Telegram /tasks: p50 / p95", `${f(percentile(tg, 50))} / ${f(percentile(tg, 95))}`);
  print("Zalo /tasks: p50 / p95", `${f(percentile(za, 50))} / ${f(percentile(za, 95))}`);

  // 1,000 reminders to 1,000 Zalo chats at ZALO_SENDS_PER_SECOND (the setting; 5/s by default).
  const rate = createConfig(process.env).ZALO_SENDS_PER_SECOND;
  const w = await world(1000, 1, "zalo");
  w.clock.t = new Date("2023-03-08T01:00:00Z");
  await enqueueDueReminders({ db: w.db, clock: w.clock }, w.clock.now());
  const zalo = await new FakeZalo(ZALO_TOKEN).start();
  const api = new ZaloApi({ token: ZALO_TOKEN, apiRoot: zalo.apiRoot });
  const logger = pino({ level: "silent" });
  const adapter = zaloNotificationChannel({
    api,
    deps: { db: w.db, clock: w.clock },
    logger,
    digestLocale: "vi",
    sendsPerSecond: rate,
  });
  const start = performance.now();
  const result = await sendDueOutbox(
    { db: w.db, clock: w.clock },
    { channels: { zalo: { adapter, throttle: new SendThrottle(rate, 1000) } }, logger },
  );
  const seconds = (performance.now() - start) / 1000;
  const perChat = new Map<string, number>();
  for (const m of zalo.sent) perChat.set(m.chat_id, (perChat.get(m.chat_id) ?? 0) + 1);
  const duplicates = [...perChat.values()].filter((x) => x > 1).length;
  const times = zalo.calls.filter((c) => c.method === "sendMessage").map((c) => c.at);
  const longest = Math.max(
    ...zalo.calls.filter((c) => c.method === "sendMessage").map((c) => String(c.params.text).length),
  );
  print(
    `Zalo reminders: 1,000 to 1,000 chats at ${rate}/s`,
    `${(result.sent / seconds).toFixed(1)} msg/s (${result.sent} sent in ${seconds.toFixed(1)} s, peak ${peakPerSecond(times)} in 1 s, ${duplicates} duplicates, ${perChat.size} chats, longest ${longest} chars)`,
  );
  await zalo.stop();
  await w.close(w.db);
}
