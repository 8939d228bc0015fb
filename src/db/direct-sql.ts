// The few raw statements every update runs (storing it, taking its chat, marking it handled, the
// member behind the chat, the plan's state) go straight to Prisma's driver adapter, in the SQL
// they are written in. Through the client, a raw statement pays Prisma's query engine (parsing the
// request, planning, serialising values both ways): about 80–100 µs a statement here, against
// 10–20 µs for the database's own work; at six statements an update that was a third of the bot
// process's time (bench/count-queries.ts lists them). The adapter is the one the client uses (on
// SQLite behind its transaction gate), so a statement here waits for an open transaction as the
// client's own would. Only for statements outside a transaction: a transaction's go through it.
//
// Values come back as the driver gives them: integers as numbers (PostgreSQL's bigint as text),
// booleans as 0/1 on SQLite, instants as ISO text with their offset. Callers read them with
// Number(), `flag` (services/summary/json-rows.ts) and new Date(), as they read JSON rows.
import type {
  ArgType,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { Prisma } from "../generated/prisma/client.ts";

/** The adapter a client connected through, once it has. */
export interface DirectConnection {
  readonly adapter: SqlDriverAdapter | null;
  readonly dialect: "sqlite" | "postgres";
}
type Connection = { -readonly [K in keyof DirectConnection]: DirectConnection[K] };

/**
 * Where a client keeps its connection: a property, so that a proxy of the client (a test watching
 * statements) finds it through the proxy, and may answer with a connection of its own.
 */
export const directConnection = Symbol("tiendo.directConnection");

/**
 * The factory, remembering the adapter each connection makes; `attach` ties it to the client made
 * from that factory (so `directQuery(client, …)` finds it).
 */
export function rememberingAdapter<F extends SqlMigrationAwareDriverAdapterFactory>(
  factory: F,
  dialect: Connection["dialect"],
): { factory: F; attach: (client: object) => void } {
  const connection: Connection = { adapter: null, dialect };
  const wrapped = Object.create(factory) as F;
  wrapped.connect = async () => {
    const adapter = await factory.connect();
    // $disconnect disposes it; the client connects afresh at its next statement, and so do we.
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (connection.adapter === adapter) connection.adapter = null;
      await dispose();
    };
    connection.adapter = adapter;
    return adapter;
  };
  const attach = (client: object) =>
    Object.defineProperty(client, directConnection, { value: connection, configurable: true });
  return { factory: wrapped, attach };
}

/** The adapter behind a client from openDatabase, connected if it was not yet. */
async function adapterOf(db: object): Promise<{ adapter: SqlDriverAdapter; dialect: Connection["dialect"] }> {
  const connection = (db as { [directConnection]?: DirectConnection })[directConnection];
  if (connection === undefined) throw new Error("direct SQL needs a client made by openDatabase");
  if (connection.adapter === null) await (db as { $connect(): Promise<void> }).$connect();
  const { adapter, dialect } = connection;
  if (adapter === null) throw new Error("the database client did not connect");
  return { adapter, dialect };
}

/** What the adapter needs to bind a value (Prisma's client works this out from the value alike). */
const scalar = (scalarType: ArgType["scalarType"]): ArgType => ({ scalarType, arity: "scalar" });
const ARG = {
  string: scalar("string"),
  int: scalar("int"),
  float: scalar("float"),
  bigint: scalar("bigint"),
  boolean: scalar("boolean"),
  datetime: scalar("datetime"),
  unknown: scalar("unknown"),
} as const;

function argType(value: unknown): ArgType {
  if (typeof value === "string") return ARG.string;
  if (typeof value === "number") return Number.isInteger(value) ? ARG.int : ARG.float;
  if (typeof value === "bigint") return ARG.bigint;
  if (typeof value === "boolean") return ARG.boolean;
  if (value instanceof Date) return ARG.datetime;
  return ARG.unknown;
}

/**
 * Marks a statement sent from here to be kept prepared on each PostgreSQL connection (see
 * db/postgres-adapter.ts): the same few run on every update.
 */
export const directStatement = Symbol("tiendo.directStatement");

export interface DirectOptions {
  /**
   * Kept prepared on PostgreSQL (the default: the statements every update runs). False for large
   * reads: the province summary's loaded about a sixth slower prepared (351 and 303 against
   * 256 ms), as a kept statement soon runs with a plan made without its values.
   */
  keep?: boolean;
}

async function prepared(db: object, sql: Prisma.Sql, o: DirectOptions) {
  const { adapter, dialect } = await adapterOf(db);
  const args = sql.values;
  return {
    adapter,
    query: {
      sql: dialect === "postgres" ? sql.text : sql.sql,
      args,
      argTypes: args.map(argType),
      [directStatement]: o.keep ?? true,
    },
  };
}

/** The rows of a raw statement, as objects by column name (values as the driver gives them). */
export async function directQuery<T>(db: object, sql: Prisma.Sql, o: DirectOptions = {}): Promise<T[]> {
  const { adapter, query } = await prepared(db, sql, o);
  const { columnNames, rows } = await adapter.queryRaw(query);
  return rows.map((row) => {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) o[columnNames[i]!] = row[i];
    return o as T;
  });
}

/** Runs a raw statement; how many rows it changed. */
export async function directExecute(db: object, sql: Prisma.Sql, o: DirectOptions = {}): Promise<number> {
  const { adapter, query } = await prepared(db, sql, o);
  return adapter.executeRaw(query);
}
