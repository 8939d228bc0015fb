// The sandbox's answer to /tasks through HTTP (what `npm start` serves without a token): a real
// SQLite file, the seed plan, the LĐTBXH focal point joined through the invite flow.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { createConfig } from "../src/config/config.ts";
import { startApp } from "../src/main.ts";
import { percentile } from "./stats.ts";

export async function benchSandbox(print: (name: string, value: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-bench-sandbox-"));
  const config = createConfig({
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    PORT: "0",
    LOG_LEVEL: "silent",
    REMINDERS_ENABLED: "false",
  });
  const app = await startApp(config, { logger: pino({ level: "silent" }), say: () => undefined });
  try {
    if (app.sandbox === null) throw new Error("the sandbox did not start");
    const base = `http://127.0.0.1:${app.sandbox.port}`;
    const post = async (route: string, body: unknown) => {
      const res = await fetch(`${base}${route}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { text?: string }[];
    };
    const persona = "focal-point:LDTBXH";
    await post("/api/join", { persona });
    const ask = () => post("/api/input", { persona, input: { kind: "text", text: "/tasks" } });
    const answer = (await ask()).map((m) => m.text ?? "").join("\n");
    for (let i = 0; i < 20; i++) await ask();
    const lat: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      await ask();
      lat.push(performance.now() - start);
    }
    const f = (x: number) => `${x.toFixed(1)} ms`;
    const note = answer.includes("DA5.TDA3")
      ? ""
      : "  (the conversation layer is not plugged in: no real answer)";
    print(
      "sandbox /tasks over HTTP: p50 / p95",
      `${f(percentile(lat, 50))} / ${f(percentile(lat, 95))}${note}`,
    );
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
