// tiendo in a process of its own (bench-app-main.ts: startApp, as `npm start` runs it) on a
// scratch database of either kind, against a fake Telegram server in the bench's process.
import { FakeTelegram } from "../test/support/fake-telegram/fake-telegram-server.ts";
import type { PrivateChat } from "../test/support/fake-telegram/telegram-users.ts";
import { openDatabase, type Db } from "../src/db/open-database.ts";
import type { MemberRole } from "../src/domain/access/roles.ts";
import { systemClock } from "../src/services/service-deps.ts";
import { joinBenchChat } from "./bench-app.ts";
import { benchDatabase, type BenchKind } from "./bench-database.ts";
import { startBenchProcess, type BenchProcess } from "./bench-process.ts";

export interface BenchAppProcess {
  tg: FakeTelegram;
  process: BenchProcess;
  /** The bench's own connection to the app's database (joining, counting). */
  db: Db;
  /** A new person joins with an invite (through the services, not the chat). */
  join(role: MemberRole, agency?: string): Promise<PrivateChat>;
  stop(): Promise<void>;
}

export async function startBenchAppProcess(
  token: string,
  kind: BenchKind,
  options: { now?: string } = {},
): Promise<BenchAppProcess> {
  const scratch = await benchDatabase(kind);
  const tg = await new FakeTelegram(token).start();
  const child = await startBenchProcess("bench-app-main.ts", {
    DATABASE_URL: scratch.url,
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    PORT: "0",
    LOG_LEVEL: "silent",
    REMINDERS_ENABLED: "false",
    ...(options.now ? { BENCH_NOW: options.now } : {}),
  });
  const db = await openDatabase(scratch.url);
  const deps = { db, clock: options.now ? { now: () => new Date(options.now!) } : systemClock };
  return {
    tg,
    process: child,
    db,
    join: (role, agency) => joinBenchChat(deps, tg, role, agency),
    stop: async () => {
      await child.stop();
      await db.$disconnect();
      await tg.stop();
      await scratch.drop();
    },
  };
}
