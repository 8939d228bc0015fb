// Prisma's better-sqlite3 adapter compiles every statement afresh (`prepare`, then `bind`), which
// was 8 % of the bot process's time answering /tasks. The same few statements run on every update,
// so the connection keeps the last compiled ones by their SQL and binds the values at each run
// instead (a compiled statement can be bound only once in better-sqlite3, but run with values any
// number of times). SQLite recompiles a kept statement by itself when the schema changes.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** The part of a better-sqlite3 statement the adapter uses. */
interface Statement {
  reader: boolean;
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
  columns(): unknown[];
  raw(on?: boolean): Statement;
}

interface Connection {
  prepare(sql: string): unknown;
}

/** How many compiled statements a connection keeps (the least recently used goes first). */
const KEPT = 200;

/** Makes `prepare` return kept statements, bound at each run. */
export function keepStatements(connection: Connection): void {
  const compile = connection.prepare.bind(connection) as (sql: string) => Statement;
  const kept = new Map<string, Statement>();
  connection.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement === undefined) {
      statement = compile(sql);
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
    } else kept.delete(sql);
    kept.set(sql, statement);
    return new Reusable(statement);
  };
}

/**
 * A kept statement as the adapter calls it: `bind(args)` once, then run or read. Classes rather
 * than closures: this runs for every statement, and under tsx each closure made costs a call.
 */
class Reusable {
  readonly reader: boolean;
  constructor(private readonly s: Statement) {
    this.reader = s.reader;
  }
  run(...args: unknown[]): unknown {
    return this.s.run(...args);
  }
  bind(args: unknown[]): Bound {
    return new Bound(this.s, args);
  }
}

class Bound {
  readonly reader: boolean;
  constructor(
    private readonly s: Statement,
    private readonly args: unknown[],
  ) {
    this.reader = s.reader;
  }
  run(): unknown {
    return this.s.run(...this.args);
  }
  columns(): unknown[] {
    return this.s.columns();
  }
  raw(): this {
    return this;
  }
  all(): unknown[] {
    return this.s.raw(true).all(...this.args);
  }
}

/** The same factory; each connection it makes keeps its compiled statements. */
export function withStatementCache<F extends SqlMigrationAwareDriverAdapterFactory>(factory: F): F {
  const wrapped = Object.create(factory) as F;
  wrapped.connect = async () => {
    const adapter = await factory.connect();
    const connection = (adapter as unknown as { client?: Connection }).client;
    if (connection) keepStatements(connection);
    return adapter;
  };
  return wrapped;
}
