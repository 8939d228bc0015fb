// Reminder planning at province scale, and bulk sending through the fake Telegram server, on
// SQLite or PostgreSQL (`kind`).
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Api } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { FakeTelegram } from "../test/support/fake-telegram/fake-telegram-server.ts";
import { pino } from "pino";
import { telegramNotificationChannel } from "../src/channels/telegram/telegram-notification-channel.ts";
import { applyPendingMigrations } from "../src/db/migrations.ts";
import { openDatabase, type Db } from "../src/db/open-database.ts";
import { planReminders } from "../src/domain/reminders/plan-reminders.ts";
import { enqueueDueReminders } from "../src/services/reminders/enqueue-due-reminders.ts";
import { importPlanFile } from "../src/services/plan/import-plan-file.ts";
import { loadReminderSnapshot } from "../src/services/reminders/reminder-snapshot.ts";
import { sendDueOutbox } from "../src/services/outbox/send-due-outbox.ts";
import { SendThrottle } from "../src/services/outbox/send-throttle.ts";
import { addFocalPoints } from "./add-focal-points.ts";
import { benchDatabase, type BenchKind } from "./bench-database.ts";
import { generateReminderPlan } from "./generate-province-plan.ts";

const TOKEN = "123456:BENCH-reminders-fake-server_xyz";

/** A database with the generated plan and one focal point per agency, reachable on `channel`. */
export async function world(
  agencies: number,
  perAgency: number,
  channel: "telegram" | "zalo" = "telegram",
  kind: BenchKind = "sqlite",
) {
  const scratch = await benchDatabase(kind);
  await applyPendingMigrations(scratch.url);
  const db = await openDatabase(scratch.url);
  const clock = {
    t: new Date("2023-01-05T01:00:00Z"),
    now() {
      return new Date(this.t);
    },
  };
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-remind-"));
  const file = path.join(dir, "plan.yaml");
  writeFileSync(file, generateReminderPlan(agencies, perAgency));
  const r = await importPlanFile({ db, clock }, { file });
  rmSync(dir, { recursive: true, force: true });
  if (r.kind !== "checked" || !r.applied) throw new Error("bench plan import failed");
  await addFocalPoints(db, clock.now(), channel);
  return {
    db,
    clock,
    url: scratch.url,
    close: async (d: Db) => {
      await d.$disconnect();
      await scratch.drop();
    },
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The first reminder tick of a province (target < 1 s), and 1,000 sends through the fake server. */
export async function benchReminders(
  print: (name: string, value: string) => void,
  kind: BenchKind = "sqlite",
): Promise<void> {
  const label = `reminders (${kind})`;
  // 1. Planning one tick: 1,000 agencies × 10 reporting assignments, quarterly periods.
  const big = await world(1000, 10, "telegram", kind);
  big.clock.t = new Date("2023-03-08T01:00:00Z"); // 08:00 local, seven days before Q1
  const deps = { db: big.db, clock: big.clock };
  const t0 = performance.now();
  const snapshot = await loadReminderSnapshot(deps, big.clock.now());
  const t1 = performance.now();
  const plan = planReminders(snapshot.input);
  const t2 = performance.now();
  const first = await enqueueDueReminders(deps, big.clock.now());
  const t3 = performance.now();
  const second = await enqueueDueReminders(deps, big.clock.now());
  const t4 = performance.now();
  print(`${label}: load tick snapshot (${snapshot.input.obligations.length} obligations)`, ms(t1 - t0));
  print(`${label}: plan one tick (pure, ${plan.add.length} due)`, ms(t2 - t1));
  print(`${label}: first province tick, queue ${first.added} rows`, `${ms(t3 - t2)}  (target < 1 s)`);
  print(`${label}: next tick, nothing new (${second.added} rows)`, ms(t4 - t3));
  await big.close(big.db);

  // 2. Sending 1,000 reminders to 1,000 chats through the fake server, which enforces Telegram's limits.
  const small = await world(1000, 1, "telegram", kind);
  small.clock.t = new Date("2023-03-08T01:00:00Z");
  await enqueueDueReminders({ db: small.db, clock: small.clock }, small.clock.now());
  const tg = await new FakeTelegram(TOKEN).start();
  tg.limits = { perSecond: 30, perChatGapMs: 1000 };
  const api = new Api(TOKEN, { apiRoot: tg.apiRoot });
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  const start = performance.now();
  const result = await sendDueOutbox(
    { db: small.db, clock: small.clock },
    {
      channels: {
        telegram: { adapter: telegramNotificationChannel(api, "vi"), throttle: new SendThrottle() },
      },
      logger: pino({ level: "silent" }),
    },
  );
  const seconds = (performance.now() - start) / 1000;
  const perChat = new Map<number, number>();
  for (const m of tg.messages) perChat.set(m.chat_id, (perChat.get(m.chat_id) ?? 0) + 1);
  const duplicates = [...perChat.values()].filter((n) => n > 1).length;
  print(
    `${label}: send 1,000 to 1,000 chats`,
    `${(result.sent / seconds).toFixed(1)} msg/s (${result.sent} sent in ${seconds.toFixed(1)} s, ${tg.rateLimited} × 429, ${duplicates} duplicates; target ≥ 25 msg/s)`,
  );
  await tg.stop();
  await small.close(small.db);
}
