// A small round-robin HTTP load balancer for tests of several app processes, doing what the
// README's nginx example does: each request goes to the next live backend; a backend that refuses
// the connection is marked down and the request is tried on the next one (nginx's
// `proxy_next_upstream error`: a request is passed on only while nothing of it reached a backend,
// so a POST that reached a process that then died is answered 502, never sent twice); with
// `readinessPath` every backend is asked that path every `checkEveryMs` and gets requests only
// while it answers 200 (nginx Plus's `health_check`, or an external checker with open source nginx).
// Bodies are read whole before forwarding (webhook updates are small), so a retry resends them.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxyStats {
  /** Requests answered by each backend port. */
  forwarded: Map<number, number>;
  /** Connections refused (each tried again on the next backend). */
  refused: number;
  /** Requests answered 502: no backend took them, or one failed after taking them. */
  failed: number;
}

export interface RoundRobinProxy {
  url: string;
  port: number;
  stats: ProxyStats;
  /** The backends' ports, in rotation order (a killed process's port may stay: it is skipped). */
  backends: number[];
  /** Whether a backend is taking requests now (health checks and refusals decide). */
  isUp(port: number): boolean;
  stop(): Promise<void>;
}

export async function startRoundRobinProxy(o: {
  backends: number[];
  /** Active health check: GET this path, 200 means up (e.g. "/readyz"). */
  readinessPath?: string;
  checkEveryMs?: number;
  /** Without health checks, a backend that refused stays skipped this long (nginx's fail_timeout). */
  failTimeoutMs?: number;
}): Promise<RoundRobinProxy> {
  const failTimeoutMs = o.failTimeoutMs ?? 2_000;
  const downUntil = new Map<number, number>();
  const stats: ProxyStats = { forwarded: new Map(), refused: 0, failed: 0 };
  const proxy = { backends: [...o.backends] };
  let next = 0;

  const isUp = (port: number) => (downUntil.get(port) ?? 0) <= Date.now();
  const markDown = (port: number, forMs: number) => downUntil.set(port, Date.now() + forMs);

  /** The backends to try, in order: the live ones from the rotation's next place, then the rest. */
  const order = (): number[] => {
    const all = proxy.backends;
    if (all.length === 0) return [];
    const start = next++ % all.length;
    const rotated = [...all.slice(start), ...all.slice(0, start)];
    // All down: try them anyway (nginx does too); a refusal moves on.
    return [...rotated.filter(isUp), ...rotated.filter((p) => !isUp(p))];
  };

  const server: Server = createServer((req, res) => void forward(req, res));
  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    for (const port of order()) {
      const outcome = await attempt(port, req, body, res);
      if (outcome === "answered") {
        stats.forwarded.set(port, (stats.forwarded.get(port) ?? 0) + 1);
        return;
      }
      if (outcome === "failed") break;
      stats.refused++;
      // Down until a health check finds it ready again (or for fail_timeout without checks).
      markDown(port, o.readinessPath ? 24 * 3_600_000 : failTimeoutMs);
    }
    stats.failed++;
    if (!res.headersSent) res.writeHead(502).end();
    else res.destroy();
  };

  /**
   * One try on one backend: "refused" when the connection was not made (nothing reached it),
   * "failed" when it broke after the request was sent, "answered" when its answer was relayed.
   */
  const attempt = (port: number, req: IncomingMessage, body: Buffer, res: ServerResponse) =>
    new Promise<"answered" | "refused" | "failed">((resolve) => {
      let connected = false;
      const out = request(
        {
          host: "127.0.0.1",
          port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, "content-length": String(body.length), connection: "close" },
          agent: false, // a fresh connection each time: no reused socket a backend closed meanwhile
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on("end", () => resolve("answered"));
          answer.on("error", () => {
            res.destroy();
            resolve("answered");
          });
        },
      );
      out.on("socket", (socket) => socket.once("connect", () => (connected = true)));
      out.on("error", () => resolve(connected ? "failed" : "refused"));
      out.end(body);
    });

  let checking: NodeJS.Timeout | undefined;
  if (o.readinessPath !== undefined) {
    const path = o.readinessPath;
    const check = async (port: number) => {
      try {
        const answer = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2_000) });
        await answer.arrayBuffer();
        if (answer.status === 200) downUntil.delete(port);
        else markDown(port, 24 * 3_600_000);
      } catch {
        markDown(port, 24 * 3_600_000);
      }
    };
    const checkAll = () => void Promise.all(proxy.backends.map(check));
    checking = setInterval(checkAll, o.checkEveryMs ?? 1_000);
    checkAll();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats,
    get backends() {
      return proxy.backends;
    },
    set backends(ports: number[]) {
      proxy.backends = [...ports];
    },
    isUp,
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(checking);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
