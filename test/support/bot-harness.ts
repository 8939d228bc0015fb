// Starts the real app (the code `npm start` runs) against the fake Telegram server.
import { createLogger } from "../../src/logging/create-logger.ts";
import { createConfig, type TConfig } from "../../src/config/config.ts";
import { startApp, type App, type StartOptions } from "../../src/main.ts";
import { FakeTelegram } from "./fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat, type FakeUser } from "./fake-telegram/telegram-users.ts";
import { MovableClock } from "./reminder-world.ts";
import { tempDatabase, type TempDatabase } from "./temp-database.ts";

export const TOKEN = "123456:TEST-token-for-the-fake-server_abc";

export interface Harness {
  tg: FakeTelegram;
  app: App;
  config: TConfig;
  admin: FakeUser;
  temp: TempDatabase;
  /** Every log line the app wrote (JSON). */
  logs: string[];
  clock: MovableClock;
  chat(user: FakeUser): PrivateChat;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** 1 February 2023, 10:00 in Bắc Kạn: the next deadline is Q1 (15/03/2023). */
export const FEB_2023 = "2023-02-01T03:00:00Z";

export async function startHarness(
  options: { env?: Record<string, string>; at?: string; zaloTimings?: StartOptions["zaloTimings"] } = {},
): Promise<Harness> {
  const clock = new MovableClock(new Date(options.at ?? FEB_2023));
  const tg = await new FakeTelegram(TOKEN).start();
  const temp = await tempDatabase();
  await temp.db.$disconnect();
  const admin = aUser({ first_name: "Quản trị" });
  const config = createConfig({
    DATABASE_URL: temp.url,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    PORT: "0",
    LOG_LEVEL: "silent",
    ADMIN_TELEGRAM_IDS: String(admin.id),
    REMINDERS_ENABLED: "false", // tests tick by hand with a controlled clock
    ...options.env,
  });
  const logs: string[] = [];
  const secrets = [TOKEN, config.WEBHOOK_SECRET, config.ZALO_BOT_TOKEN, config.ZALO_WEBHOOK_SECRET];
  const logger = createLogger("debug", secrets, {
    write: (line: string) => {
      logs.push(line);
      if (process.env.TEST_LOG === "1") process.stderr.write(line);
    },
  });
  const zaloTimings = options.zaloTimings ? { zaloTimings: options.zaloTimings } : {};
  const start = () => startApp(config, { logger, clock, say: () => undefined, ...zaloTimings });
  const h: Harness = {
    tg,
    app: await start(),
    config,
    admin,
    temp,
    logs,
    clock,
    chat: (user) => new PrivateChat(tg, user),
    restart: async () => {
      await h.app.stop();
      h.app = await start();
    },
    stop: async () => {
      await h.app.stop();
      await tg.stop();
      await temp.close();
    },
  };
  return h;
}

/** The invite code inside the bot's "invite created" message. */
export function inviteCodeIn(text: string): string {
  const m = /start=([A-Za-z0-9_-]+)/.exec(text) ?? /(?:Mã|Code): ([A-Za-z0-9_-]+)/.exec(text);
  if (!m?.[1]) throw new Error(`no invite code in: ${text}`);
  return m[1];
}
