// The parent's side of a bot benchmark's child process (bench-child.ts): starts a script under
// tsx, waits for it to be ready, asks it to profile or to stop.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { FromChild, ToChild } from "./bench-child.ts";

export interface BenchProcess {
  child: ChildProcess;
  /** With BENCH_CPU_PROF=<folder>: a CPU profile of the child while `work` runs, as <folder>/<name>.cpuprofile. */
  profiled<T>(name: string, work: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function startBenchProcess(script: string, env: Record<string, string>): Promise<BenchProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const waiters: { kind: FromChild["kind"]; of?: ToChild["kind"]; resolve: () => void }[] = [];
  child.on("message", (m: FromChild) => {
    const i = waiters.findIndex((w) => w.kind === m.kind && (m.kind === "ready" || w.of === m.of));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // A bench that fails exits at once: its bot goes with it (left running, it kept the terminal's
  // output open and a pipe reading it waiting, which looked like a hang).
  const orphaned = () => child.kill();
  process.once("exit", orphaned);
  void exited.then(() => process.off("exit", orphaned));
  const wait = (kind: FromChild["kind"], of?: ToChild["kind"]) =>
    Promise.race([
      new Promise<void>((resolve) => waiters.push({ kind, ...(of ? { of } : {}), resolve })),
      exited.then(() => {
        throw new Error(`${script} exited (code ${child.exitCode}) before "${of ?? kind}"`);
      }),
    ]);
  const ask = async (m: ToChild) => {
    const done = wait("done", m.kind);
    child.send(m);
    await done;
  };
  await wait("ready");
  const profileDir = process.env.BENCH_CPU_PROF;
  return {
    child,
    async profiled(name, work) {
      if (!profileDir) return work();
      await ask({ kind: "profile-start" });
      try {
        return await work();
      } finally {
        await ask({ kind: "profile-stop", file: path.resolve(profileDir, `${name}.cpuprofile`) });
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      await ask({ kind: "stop" }).catch(() => undefined);
      await exited;
    },
  };
}
