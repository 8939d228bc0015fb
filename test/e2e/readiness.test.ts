// GET /readyz, what a load balancer asks before it sends a process requests: 503 while the process
// starts, 200 once its channels run and the database answers, 503 again from the moment a
// graceful shutdown (SIGTERM) begins, while the process finishes the updates it holds.
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpServer, type HttpServer } from "../../src/channels/http-server.ts";
import { quoteIdent, runOnce } from "../../src/db/postgres-adapter.ts";
import { TOKEN } from "../support/bot-harness.ts";
import {
  eventually,
  freePort,
  ProcessWorld,
  startAppProcess,
  webhookEnv,
  type Readiness,
} from "../support/app-process.ts";
import { FakeTelegram } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { TEST_POSTGRES_URL, tempDatabase } from "../support/temp-database.ts";

describe("readiness of an app process (GET /readyz)", () => {
  const world = new ProcessWorld();
  afterEach(() => world.stop());

  it("503 while starting, 200 once running, 503 during the SIGTERM drain while the update in hand is finished", async () => {
    const tg = (world.tg = await new FakeTelegram(TOKEN).start());
    const temp = (world.temp = await tempDatabase());
    const port = await freePort();
    // The start is held at setWebhook for 3 s: the server listens, the channel has not started.
    tg.answers.stallNext("setWebhook", 3_000);
    const app = await startAppProcess(webhookEnv({ databaseUrl: temp.url, apiRoot: tg.apiRoot, port }));
    world.apps.push(app);

    const seen: { status: number; body: Readiness }[] = [];
    await eventually(
      async () => {
        if (app.child.exitCode !== null) throw new Error(app.output.join("\n"));
        const r = await app.readiness();
        if (r !== null && seen.at(-1)?.status !== r.status) seen.push(r);
        return r?.status === 200 ? r : undefined;
      },
      60_000,
      "/readyz answers 200",
    );
    expect(seen).toEqual([
      { status: 503, body: { ready: false, state: "starting" } },
      { status: 200, body: { ready: true, state: "ready" } },
    ]);
    expect(tg.calls.some((c) => c.method === "setWebhook")).toBe(true);
    expect((await app.health())?.status).toBe(200);

    // An update in hand: its reply stalls 4 s at the fake server. SIGTERM meanwhile.
    tg.answers.stallNext("sendMessage", 4_000);
    const user = new PrivateChat(tg, aUser());
    await user.send("/start");
    await eventually(
      async () => (tg.calls.some((c) => c.method === "sendMessage") ? true : undefined),
      20_000,
      "the handler is replying",
    );
    const exited = app.kill("SIGTERM");
    const during = await eventually(
      async () => {
        const r = await app.readiness();
        return r?.body.state === "draining" ? r : undefined;
      },
      3_000,
      "/readyz says draining",
    );
    expect(during).toEqual({ status: 503, body: { ready: false, state: "draining" } });
    expect(tg.messagesTo(user.user.id)).toHaveLength(0); // still in hand
    // Liveness is not readiness: the process is alive and well while it drains.
    expect((await app.health())?.status).toBe(200);
    expect(await exited).toBe(0);
    expect(tg.messagesTo(user.user.id)).toHaveLength(1);
    expect(await app.readiness()).toBeNull(); // gone
    expect(await temp.db.processedUpdate.findMany({ select: { status: true } })).toEqual([
      { status: "done" },
    ]);
  }, 120_000);
});

describe("readiness follows the database", () => {
  let server: HttpServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("a PostgreSQL database that went away: 503 at the next check", async () => {
    const temp = await tempDatabase("postgres");
    try {
      server = await startHttpServer({
        port: 0,
        logger: pino({ level: "silent" }),
        pingDatabase: () => temp.db.$queryRawUnsafe("SELECT 1"),
      });
      server.setHealth(() => ({ ok: true }));
      const readyz = async () => {
        const res = await fetch(`http://127.0.0.1:${server!.port}/readyz`);
        return { status: res.status, body: (await res.json()) as Readiness };
      };
      expect(await readyz()).toEqual({ status: 200, body: { ready: true, state: "ready" } });
      const name = new URL(temp.url).pathname.slice(1);
      await runOnce(TEST_POSTGRES_URL, `DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`);
      expect(await readyz()).toEqual({ status: 503, body: { ready: false, state: "database-unavailable" } });
      expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
    } finally {
      await temp.close();
    }
  });

  it("a database that does not answer within a second: 503", async () => {
    server = await startHttpServer({
      port: 0,
      logger: pino({ level: "silent" }),
      pingDatabase: () => new Promise(() => undefined), // a pool with no free connection, a network partition
    });
    server.setHealth(() => ({ ok: true }));
    const started = Date.now();
    const res = await fetch(`http://127.0.0.1:${server.port}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, state: "database-unavailable" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
