// tiendo's own HTTP server, shared by every bot channel of the process: /healthz, /readyz, the
// webhooks (Telegram's, Zalo's) and the file links (/files/<token>). Started by the composition
// root when a bot channel runs; channels add their routes to it.
// /healthz is liveness (is this process doing its job; restart it if not); /readyz is whether a
// load balancer should send it requests: only once the channels run and the database answers,
// and no longer from the moment a graceful shutdown begins (it keeps serving while it drains).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { AppError } from "../services/app-error.ts";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export interface HealthReport {
  ok: boolean;
  [detail: string]: unknown;
}

export interface HttpServer {
  port: number;
  /** Serves `path` exactly, or every path under it when it ends with "/". */
  route(method: "GET" | "POST", path: string, handler: RouteHandler): void;
  /**
   * What GET /healthz answers (200 when ok, else 503); asked before this is set, it waits. Setting
   * it also says the channels have started: /readyz may answer 200 from then on.
   */
  setHealth(report: () => HealthReport): void;
  /** A graceful shutdown begins: /readyz answers 503 from now on; everything else is still served. */
  drain(): void;
  /** Stops taking requests; those in flight finish. */
  stop(): Promise<void>;
}

/** How long /readyz waits for the database before it answers 503. */
export const READY_PING_TIMEOUT_MS = 1_000;

export async function startHttpServer(options: {
  port: number;
  logger: Logger;
  /** A cheap query (SELECT 1): /readyz is 200 only when it answers within READY_PING_TIMEOUT_MS. */
  pingDatabase?: () => Promise<unknown>;
}): Promise<HttpServer> {
  const routes: { method: string; path: string; handler: RouteHandler }[] = [];
  // /healthz answers once the channels have started (asked earlier, it waits).
  let health: (() => HealthReport) | null = null;
  let waiting: (() => void)[] = [];
  const answerHealth = (res: ServerResponse) => {
    const h = health?.() ?? { ok: false };
    res.writeHead(h.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(h));
  };
  let draining = false;
  const answerReady = async (res: ServerResponse) => {
    const state = health === null ? "starting" : draining ? "draining" : await databaseState();
    const ready = state === "ready";
    res
      .writeHead(ready ? 200 : 503, { "content-type": "application/json" })
      .end(JSON.stringify({ ready, state }));
  };
  const databaseState = async (): Promise<"ready" | "database-unavailable"> => {
    if (options.pingDatabase === undefined) return "ready";
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">(
      (resolve) => (timer = setTimeout(() => resolve("late"), READY_PING_TIMEOUT_MS)),
    );
    try {
      const answer = await Promise.race([options.pingDatabase().then(() => "answered" as const), late]);
      return answer === "answered" ? "ready" : "database-unavailable";
    } catch (err) {
      options.logger.warn({ err }, "readiness: the database did not answer");
      return "database-unavailable";
    } finally {
      clearTimeout(timer);
    }
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/readyz") return void answerReady(res);
    if (req.method === "GET" && url.pathname === "/healthz") {
      if (health === null) waiting.push(() => answerHealth(res));
      else answerHealth(res);
      return;
    }
    const route = routes.find(
      (r) =>
        r.method === req.method &&
        (r.path.endsWith("/") ? url.pathname.startsWith(r.path) : url.pathname === r.path),
    );
    if (route === undefined) return void res.writeHead(404).end();
    route.handler(req, res, url).catch((err: unknown) => {
      options.logger.error({ err, path: route.path }, "HTTP request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const port = await listen(server, options.port);
  return {
    port,
    route: (method, path, handler) => void routes.push({ method, path, handler }),
    setHealth: (report) => {
      health = report;
      for (const answer of waiting) answer();
      waiting = [];
    },
    drain: () => void (draining = true),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        if (health === null) server.closeAllConnections(); // never started: nothing in flight to finish
      }),
  };
}

/** Listens on `port`; a port already taken is an AppError the start-up boundary explains. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) => {
      reject(err.code === "EADDRINUSE" ? new AppError("port-in-use", { port: String(port) }) : err);
    });
    server.listen(port, () => resolve((server.address() as AddressInfo).port));
  });
}
