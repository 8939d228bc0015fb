// One SQLite connection serves the whole process. Prisma's better-sqlite3 adapter makes
// transactions wait for each other, but not plain statements: while one update's interactive
// transaction is open (BEGIN … awaits … COMMIT), a statement of another update handled at the
// same time would run inside it, and vanish with it if it rolls back. The gate makes statements
// outside a transaction wait until the open transaction ends, so concurrent handlers stay apart.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { GroupCommit, writeTurnOf, type WriteTurn } from "./sqlite-group-commit.ts";

class Gate {
  private open: Promise<void> | null = null;

  /**
   * Resolves when no transaction is open, checked in the same step as the caller's statement runs
   * (a transaction may begin between a promise resolving and its continuation).
   */
  async pass<T>(statement: () => Promise<T>): Promise<T> {
    while (this.open !== null) await this.open;
    return statement();
  }

  /** Marks a transaction open; the returned function ends it (once). */
  close(): () => void {
    let end!: () => void;
    const open = new Promise<void>((resolve) => (end = resolve));
    this.open = open;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (this.open === open) this.open = null;
      end();
    };
  }
}

function gated(inner: SqlDriverAdapter, turn: WriteTurn | null): SqlDriverAdapter {
  const gate = new Gate();
  const connection = (inner as unknown as { client?: { inTransaction: boolean } }).client;
  const groups =
    turn !== null && connection ? new GroupCommit(inner, () => connection.inTransaction, turn) : null;
  const run = <T>(sql: string, statement: () => Promise<T>): Promise<T> =>
    groups ? groups.run(sql, statement) : statement();
  const outside = <T>(statement: () => Promise<T>): Promise<T> =>
    groups ? groups.outside(statement) : statement();
  const adapter: SqlDriverAdapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async queryRaw(query: SqlQuery) {
      return gate.pass(() => run(query.sql, () => inner.queryRaw(query)));
    },
    async executeRaw(query: SqlQuery) {
      return gate.pass(() => run(query.sql, () => inner.executeRaw(query)));
    },
    async executeScript(script: string) {
      return gate.pass(() => outside(() => inner.executeScript(script)));
    },
    async startTransaction(isolationLevel) {
      // Plain statements wait from now on; the open group commits first (BEGIN cannot nest). The
      // inner adapter queues transactions.
      const closed = gate.close();
      let endTurn = () => {};
      const end = () => {
        closed();
        endTurn();
      };
      let tx: Transaction;
      try {
        await groups?.settled();
        if (turn !== null) endTurn = await turn.take();
        tx = await inner.startTransaction(isolationLevel);
      } catch (err) {
        end();
        throw err;
      }
      const wrapped: Transaction = Object.create(tx) as Transaction;
      wrapped.commit = async () => {
        try {
          await tx.commit();
        } finally {
          end();
        }
      };
      wrapped.rollback = async () => {
        try {
          await tx.rollback();
        } finally {
          end();
        }
      };
      return wrapped;
    },
    // Writes already grouped are committed before the connection closes.
    dispose: async () => {
      await groups?.settled();
      return inner.dispose();
    },
  };
  if (inner.getConnectionInfo) adapter.getConnectionInfo = () => inner.getConnectionInfo!();
  return adapter;
}

/**
 * The same factory, its connections gated (see above); given the file, the writes outside a
 * transaction share commits, and the file's connections in this process take turns to write (see
 * sqlite-group-commit.ts). A shadow database is never grouped.
 */
export function withTransactionGate<F extends SqlMigrationAwareDriverAdapterFactory>(
  factory: F,
  { groupCommitFile }: { groupCommitFile?: string } = {},
): F {
  const wrapped = Object.create(factory) as F;
  const turn = groupCommitFile === undefined ? null : writeTurnOf(groupCommitFile);
  wrapped.connect = async () => gated(await factory.connect(), turn);
  wrapped.connectToShadowDb = async () => gated(await factory.connectToShadowDb(), null);
  return wrapped;
}
