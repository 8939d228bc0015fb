// Drives Prisma's WebAssembly schema engine (the native one cannot be downloaded on these
// machines). Loading recipe and quirks: README "Database" and ../shared/notes/prisma-offline.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

/** Node's WebAssembly global (not in @types/node 20's typings). */
function webAssembly() {
  return (
    globalThis as unknown as {
      WebAssembly: {
        instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }>;
      };
    }
  ).WebAssembly;
}

let loaded: Promise<typeof glue> | undefined;

/** Instantiates the engine's WebAssembly module once per process. */
function loadWasm(): Promise<typeof glue> {
  loaded ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const bytes = await readFile(wasmPath);
    const { instance } = await webAssembly().instantiate(bytes, { "./schema_engine_bg.js": glue });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    (glue as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(instance.exports);
    exports.__wbindgen_start();
    return glue;
  })();
  return loaded;
}

/**
 * The engine replays migration scripts through `executeRaw` in one call; better-sqlite3 accepts
 * one statement per call, so argument-less calls fall back to `executeScript`. (PostgreSQL takes
 * a whole script in one argument-less query as it is, and adapter-pg's `executeScript` would split
 * it at every semicolon, even inside a string: left alone.)
 */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  if (adapter.provider !== "sqlite") return adapter;
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && hasSeveralStatements(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function hasSeveralStatements(sql: string): boolean {
  return sql.trim().replace(/;\s*$/, "").includes(";");
}

/** Wraps the factory so every connection accepts scripts and can be closed afterwards. */
function trackingFactory(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return acceptScripts(adapter);
  };
  const wrapped: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  const closeAll = async () => {
    await Promise.all(opened.splice(0).map((a) => a.dispose().catch(() => undefined)));
  };
  return { wrapped, closeAll };
}

export interface EngineOptions {
  schemaPath: string;
  schemaText: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
  log?: (line: string) => void;
}

/**
 * Runs `work` with a schema engine bound to one database through a driver adapter, then frees
 * the engine and closes every connection it opened (the engine never disposes them itself).
 */
export async function withSchemaEngine<T>(
  options: EngineOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const wasm = await loadWasm();
  const log = options.log ?? (() => undefined);
  const { wrapped, closeAll } = trackingFactory(options.factory);
  const engine = await wasm.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schemaText]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(wrapped),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await closeAll();
  }
}
