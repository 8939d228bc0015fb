// PostgreSQL through @prisma/adapter-pg, for the client and for the WebAssembly schema engine.
// Two adapter quirks are handled here (see ../shared/notes/prisma-offline.md): columns of type
// "char" (type id 18, in the catalogue tables the engine introspects) are not mapped, so they are
// read as text; and the adapter's own shadow database would be created with the main database's
// connection string (landing the shadow migrations in the main database) and dropped while its
// pool is still open, so the shadow database is made here. Scripts go to the server whole.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { withDatabase, type PostgresLocation } from "./database-url.ts";
import { directStatement } from "./direct-sql.ts";

const CHAR_TYPE_ID = 18;
const TEXT_TYPE_ID = 25;

/** Makes a pool report "char" columns as text, the type the adapter can read. */
function readCharAsText(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === CHAR_TYPE_ID) field.dataTypeID = TEXT_TYPE_ID;
    }
    return result;
  };
  return pool;
}

/** Statements kept prepared at most (per connection, on the server too): the rest are parsed each time. */
const MAX_KEPT_STATEMENTS = 300;
const statementNames = new Map<string, string>();

/**
 * The name a direct statement (db/direct-sql.ts) is kept prepared under on each connection: the
 * server parses and plans it once per connection instead of at every run. Measured on /tasks
 * (session 9, 1,000 from 100 chats): 830 and 883/s named against 568 and 622/s unnamed, and the
 * server's processes used about a third less CPU. Only those statements (not the large reads,
 * see DirectOptions): the client's own vary with their lists, and each variant would stay prepared
 * on the server. Names are given in order, so two texts never share one. Session 6 tried this and
 * took it out after one hang it could not explain; pg 8.23 forgets a statement whose parse failed
 * (no later run skips the parse of a statement the server does not have).
 */
function keptStatementName(query: SqlQuery): string {
  if ((query as { [directStatement]?: boolean })[directStatement] !== true) return "";
  let name = statementNames.get(query.sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_KEPT_STATEMENTS) return "";
    name = `tiendo_${statementNames.size + 1}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

async function connectPool(config: pg.PoolConfig): Promise<SqlDriverAdapter> {
  const pool = readCharAsText(new pg.Pool(config));
  const adapter = await new PrismaPg(pool, {
    disposeExternalPool: true,
    statementNameGenerator: keptStatementName,
  }).connect();
  // adapter-pg's executeScript splits a script at every ";", even in a comment or a string (a
  // hand-written data migration breaks); an argument-less query takes the whole script at once.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** Runs one statement on a short-lived connection to `url`. */
export async function runOnce(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** An identifier quoted for PostgreSQL. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface PostgresOptions {
  /** Every transaction read-only: any write fails. */
  readonly?: boolean;
}

/** The driver-adapter factory for a PostgreSQL database (client and schema engine alike). */
export function postgresAdapterFactory(
  location: PostgresLocation,
  options: PostgresOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  const config: pg.PoolConfig = {
    connectionString: location.url,
    ...(options.readonly ? { options: "-c default_transaction_read_only=on" } : {}),
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectPool(config),
    connectToShadowDb: async () => {
      const shadow = `tiendo_shadow_${randomUUID().replaceAll("-", "")}`;
      await runOnce(location.url, `CREATE DATABASE ${quoteIdent(shadow)}`);
      const adapter = await connectPool({ connectionString: withDatabase(location.url, shadow) });
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await runOnce(location.url, `DROP DATABASE IF EXISTS ${quoteIdent(shadow)} WITH (FORCE)`);
      };
      return adapter;
    },
  };
}
