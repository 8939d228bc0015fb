// A bot benchmark's child process and its parent talk over the IPC channel: the child says when
// it is ready, profiles its CPU on request (BENCH_CPU_PROF), and stops when told.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

export type ToChild = { kind: "profile-start" } | { kind: "profile-stop"; file: string } | { kind: "stop" };
export type FromChild = { kind: "ready" } | { kind: "done"; of: ToChild["kind"] };

export function serveBenchParent(stop: () => Promise<void>): void {
  const send = (m: FromChild) => process.send?.(m);
  let session: Session | null = null;
  process.on("message", (m: ToChild) => {
    void (async () => {
      if (m.kind === "profile-start") {
        session = new Session();
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.setSamplingInterval", { interval: 200 });
        await session.post("Profiler.start");
      } else if (m.kind === "profile-stop" && session) {
        const { profile } = await session.post("Profiler.stop");
        writeFileSync(m.file, JSON.stringify(profile));
        session.disconnect();
        session = null;
      } else if (m.kind === "stop") {
        await stop();
        send({ kind: "done", of: m.kind });
        process.exit(0);
      }
      send({ kind: "done", of: m.kind });
    })();
  });
  // The bench died: this process does not outlive it.
  process.on("disconnect", () => void stop().finally(() => process.exit(1)));
  send({ kind: "ready" });
}
