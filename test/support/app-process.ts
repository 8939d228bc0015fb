// The app as `npm start` runs it (`tsx src/main.ts`), in a child process of its own, for tests
// of several instances on one database and of kill -9.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { Health } from "../../src/channels/telegram/run-telegram.ts";
import { TOKEN } from "./bot-harness.ts";
import type { FakeTelegram } from "./fake-telegram/fake-telegram-server.ts";
import type { TempDatabase } from "./temp-database.ts";

export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** Everything the process printed (JSON log lines and start messages). */
  output: string[];
  health(): Promise<{ status: number; body: Health } | null>;
  /** GET /readyz; null when nothing answers (not listening yet, or gone). */
  readiness(): Promise<{ status: number; body: Readiness } | null>;
  /** Resolves once /healthz answers. */
  ready(timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** What GET /readyz answers. */
export interface Readiness {
  ready: boolean;
  state: "starting" | "ready" | "draining" | "database-unavailable";
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "info", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (text: string) => {
      output.push(...text.split("\n").filter(Boolean));
      if (process.env.TEST_LOG === "1") process.stderr.write(`[${child.pid}] ${text}`);
    });
  }
  const health = async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, body: (await res.json()) as Health };
    } catch {
      return null;
    }
  };
  const readiness = async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      return { status: res.status, body: (await res.json()) as Readiness };
    } catch {
      return null;
    }
  };
  return {
    child,
    port,
    output,
    health,
    readiness,
    async ready(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while ((await health()) === null) {
        if (child.exitCode !== null) throw new Error(`app exited ${child.exitCode}: ${output.join("\n")}`);
        if (Date.now() > until) throw new Error(`app not ready: ${output.join("\n")}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The settings of an app process in webhook mode on `port`, reminders off unless `extra` says so.
 * Telegram posts to `hookUrl` (default: the process itself; a balancer's address for several).
 */
export function webhookEnv(o: {
  databaseUrl: string;
  apiRoot: string;
  port: number;
  hookUrl?: string;
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    DATABASE_URL: o.databaseUrl,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: o.apiRoot,
    BOT_MODE: "webhook",
    WEBHOOK_URL: o.hookUrl ?? `http://127.0.0.1:${o.port}/telegram/hook`,
    WEBHOOK_SECRET: "webhook-secret-0123456789",
    PORT: String(o.port),
    REMINDERS_ENABLED: "false",
    ...o.extra,
  };
}

/** What a test of app processes started, stopped after each test (processes killed at once). */
export class ProcessWorld {
  tg: FakeTelegram | undefined;
  temp: TempDatabase | undefined;
  readonly apps: AppProcess[] = [];

  async stop(): Promise<void> {
    await Promise.all(this.apps.splice(0).map((a) => a.kill("SIGKILL")));
    await this.tg?.stop();
    await this.temp?.close();
    this.tg = undefined;
    this.temp = undefined;
  }
}
