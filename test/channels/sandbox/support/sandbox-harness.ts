// The sandbox in this process on a fresh SQLite file with the seed plan, around a conversation.
import { pino } from "pino";
import { startSandbox, type SandboxRuntime } from "../../../../src/channels/sandbox/start-sandbox.ts";
import type { ConversationDeps } from "../../../../src/conversation/conversation-deps.ts";
import { createConfig } from "../../../../src/config/config.ts";
import type { Conversation } from "../../../../src/conversation/conversation-types.ts";
import { ensurePlanLoaded } from "../../../../src/services/plan/ensure-plan-loaded.ts";
import { systemClock } from "../../../../src/services/service-deps.ts";
import { SEED_PLAN_FILE } from "../../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../../support/temp-database.ts";
import { standInConversation } from "./stand-in-conversation.ts";

export interface SandboxState {
  now: string;
  nowLabel: string;
  personas: { id: string; label: string; role: string; joined: boolean }[];
}

/** A JSON answer of the sandbox, typed as the test expects it. */
export const json = <T = { error: string }>(res: Response): Promise<T> => res.json() as Promise<T>;

export interface SandboxHarness {
  sandbox: SandboxRuntime;
  database: TempDatabase;
  base: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startSandboxHarness(
  conversation: (deps: ConversationDeps) => Conversation = standInConversation,
): Promise<SandboxHarness> {
  const database = await tempDatabase();
  const config = createConfig({
    DATABASE_URL: database.url,
    PORT: "0",
    LOG_LEVEL: "silent",
    REMINDERS_ENABLED: "false",
    PLAN_FILE: SEED_PLAN_FILE,
  });
  const deps = { db: database.db, clock: systemClock };
  await ensurePlanLoaded(deps, SEED_PLAN_FILE, config.TZ_PLAN);
  const sandbox = await startSandbox({
    config,
    deps,
    conversation,
    logger: pino({ level: "silent" }),
    say: () => undefined,
  });
  const base = `http://127.0.0.1:${sandbox.port}`;
  return {
    sandbox,
    database,
    base,
    post: (path, body, headers = {}) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    stop: async () => {
      await sandbox.stop();
      await database.close();
    },
  };
}
