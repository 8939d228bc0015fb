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

class Gate {
  private open: Promise<void> | null = null;

  /** Resolves when no transaction is open. */
  async pass(): Promise<void> {
    while (this.open !== null) await this.open;
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

function gated(inner: SqlDriverAdapter): SqlDriverAdapter {
  const gate = new Gate();
  const adapter: SqlDriverAdapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async queryRaw(query: SqlQuery) {
      await gate.pass();
      return inner.queryRaw(query);
    },
    async executeRaw(query: SqlQuery) {
      await gate.pass();
      return inner.executeRaw(query);
    },
    async executeScript(script: string) {
      await gate.pass();
      return inner.executeScript(script);
    },
    async startTransaction(isolationLevel) {
      // The inner adapter queues transactions; the gate closes once this one has begun.
      const tx = await inner.startTransaction(isolationLevel);
      const end = gate.close();
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
    dispose: () => inner.dispose(),
  };
  if (inner.getConnectionInfo) adapter.getConnectionInfo = () => inner.getConnectionInfo!();
  return adapter;
}

/** The same factory, its connections gated (see above). */
export function withTransactionGate<F extends SqlMigrationAwareDriverAdapterFactory>(factory: F): F {
  const wrapped = Object.create(factory) as F;
  wrapped.connect = async () => gated(await factory.connect());
  wrapped.connectToShadowDb = async () => gated(await factory.connectToShadowDb());
  return wrapped;
}
