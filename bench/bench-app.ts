// The real app on a fresh SQLite file against the fake Telegram server, in the bench's own process
// (the Zalo and summary sections; the bot section runs the app in a process of its own:
// bench-app-process.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { FakeTelegram } from "../test/support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../test/support/fake-telegram/telegram-users.ts";
import { createConfig } from "../src/config/config.ts";
import type { MemberRole } from "../src/domain/access/roles.ts";
import { startApp, type App } from "../src/main.ts";
import { createInvite } from "../src/services/people/create-invite.ts";
import { redeemInvite } from "../src/services/people/redeem-invite.ts";
import { systemClock, type Clock, type ServiceDeps } from "../src/services/service-deps.ts";
import { BENCH_BOT } from "./bench-bot-info.ts";

export { BENCH_BOT };

export interface BenchApp {
  tg: FakeTelegram;
  app: App;
  /** A new person joins with an invite (through the services, not the chat). */
  join(role: MemberRole, agency?: string): Promise<PrivateChat>;
  stop(): Promise<void>;
}

export async function startBenchApp(token: string, clock: Clock = systemClock): Promise<BenchApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-bench-app-"));
  const tg = await new FakeTelegram(token).start();
  const config = createConfig({
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    PORT: "0",
    LOG_LEVEL: "silent",
    REMINDERS_ENABLED: "false",
    // `UPDATE_CONCURRENCY=32 npm run bench -- bot` compares settings.
    ...(process.env.UPDATE_CONCURRENCY ? { UPDATE_CONCURRENCY: process.env.UPDATE_CONCURRENCY } : {}),
  });
  const app = await startApp(config, {
    logger: pino({ level: "silent" }),
    botInfo: BENCH_BOT,
    clock,
    say: () => undefined,
  });
  const deps = { db: app.db, clock };
  return {
    tg,
    app,
    join: (role, agency) => joinBenchChat(deps, tg, role, agency),
    stop: async () => {
      await app.stop();
      await tg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new person joins with an invite (through the services, not the chat); their chat on the fake server. */
export async function joinBenchChat(
  deps: Pick<ServiceDeps, "db" | "clock">,
  tg: FakeTelegram,
  role: MemberRole,
  agency?: string,
): Promise<PrivateChat> {
  const user = aUser();
  const invite = await createInvite(deps, { actor: "system", role, agencyCode: agency, ttlDays: 7 });
  await redeemInvite(deps, {
    code: invite.code,
    account: {
      channel: "telegram",
      externalId: String(user.id),
      chatId: String(user.id),
      fullName: user.first_name,
      username: null,
      locale: "vi",
    },
  });
  return new PrivateChat(tg, user);
}
