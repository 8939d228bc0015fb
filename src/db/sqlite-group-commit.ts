// Group commit for the one SQLite connection of a process. Every write outside a transaction used to
// be a transaction of its own, and a commit writes each page the statement touched to the WAL: the
// bot's four small writes per update (store it, take its chat, mark it done, let the chat go) cost
// about 225 µs an update on their own, and 56 µs when ten updates' writes share a commit
// (measured with better-sqlite3 on this schema). Concurrent handlers write in the same turn of the
// event loop all the time, so a write opens a group (BEGIN IMMEDIATE), the writes and reads that
// come meanwhile join it, and the group commits once a turn passes with no new write (MAX_TURNS).
//
// What a caller sees does not change: a write resolves only once its group has committed, so
// nothing it goes on to do (a reply sent, another process told) runs before its write is durable.
// A write that fails is undone alone (SQLite rolls back the failed statement, not its transaction)
// and its caller gets the error; an error that ends the whole transaction (I/O, disk full) fails
// every write of the group, none of which was kept. Reads run at once: with no group open, on
// their own; with one open, inside it (the same connection sees its own writes either way).
// Statements that must not run inside a transaction (PRAGMA, BEGIN, VACUUM, …) wait for the group.
//
// A group holds the file's write lock until it commits. A second connection to the same
// file in this process (tests run several instances in one process) would wait for that lock in
// better-sqlite3's busy loop, which blocks the thread, so the group could never commit: the
// connections of one process to one file therefore take turns to write (WriteTurn), asynchronously,
// groups and transactions alike. Other processes wait in their own busy loop, as before.
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/** Write transactions on one file in this process, one after another. */
export class WriteTurn {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that ends this turn, once every earlier turn has ended. */
  take(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const before = this.tail;
    this.tail = before.then(() => ended);
    return before.then(() => end);
  }
}

const turns = new Map<string, WriteTurn>();

/** The write turns of a file (one per path, shared by its connections in this process). */
export function writeTurnOf(file: string): WriteTurn {
  let turn = turns.get(file);
  if (turn === undefined) turns.set(file, (turn = new WriteTurn()));
  return turn;
}

interface Group {
  /** BEGIN IMMEDIATE has run (or failed: the group's writes fail with it). */
  began: Promise<void>;
  /** Settles when the group has committed, or failed as a whole. */
  committed: Promise<void>;
  /** The error that ended the transaction before its commit (then no later write runs). */
  aborted: unknown;
  /** A write joined during the current turn of the event loop. */
  joined: boolean;
  /** Turns of the event loop the group has stayed open. */
  turns: number;
}

/**
 * A group commits at the end of the first turn of the event loop in which no other write joined it,
 * and after this many turns at most. Under load, handlers keep writing turn after turn and one commit
 * serves more of them (1,000 `/tasks` from 100 chats: about 830/s committing after one turn, about
 * 900/s this way); a lone write still commits at the end of its own turn. While a group is open
 * the file's write lock is held: a process frozen then (or busy with long synchronous work) makes
 * other processes' writes wait for it, up to their busy timeout, as a transaction always did.
 */
const MAX_TURNS = 4;

/** Statements run outside any transaction: never grouped. */
const UNGROUPED = /^\s*(PRAGMA|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH)\b/i;
const READ = /^\s*SELECT\b/i;

export class GroupCommit {
  private group: Group | null = null;

  /**
   * @param inner the adapter whose statements are grouped
   * @param inTransaction whether the connection has a transaction open (false after an error that
   *   ended it)
   * @param turn the file's write turns in this process
   */
  constructor(
    private readonly inner: Pick<SqlDriverAdapter, "executeScript">,
    private readonly inTransaction: () => boolean,
    private readonly turn: WriteTurn,
  ) {}

  /** Runs `statement` (whose SQL is `sql`) in the open group, opening one for a write. */
  async run<T>(sql: string, statement: () => Promise<T>): Promise<T> {
    if (UNGROUPED.test(sql)) return this.outside(statement);
    const read = READ.test(sql);
    if (this.group === null) {
      if (read) return statement();
      this.group = this.open();
    } else if (!read) this.group.joined = true;
    const group = this.group;
    await group.began;
    if (group.aborted !== undefined) throw group.aborted;
    let result: T;
    try {
      result = await statement();
    } catch (err) {
      if (!this.inTransaction()) group.aborted ??= err;
      throw err;
    }
    if (!read) await group.committed;
    return result;
  }

  /** Runs `statement` once no group is open, checked and run in one step (none opens between). */
  async outside<T>(statement: () => Promise<T>): Promise<T> {
    while (this.group !== null) await this.group.committed.catch(() => undefined);
    return statement();
  }

  /** Resolves once no group is open (the open one has committed or failed). */
  async settled(): Promise<void> {
    while (this.group !== null) await this.group.committed.catch(() => undefined);
  }

  private open(): Group {
    let done!: () => void;
    let fail!: (err: unknown) => void;
    const committed = new Promise<void>((resolve, reject) => {
      done = resolve;
      fail = reject;
    });
    committed.catch(() => undefined); // each writer sees the failure through its own await
    const group: Group = { began: Promise.resolve(), committed, aborted: undefined, joined: false, turns: 1 };
    group.began = this.turn.take().then((endTurn) => {
      // After every statement of this turn (they run in microtasks, before the check phase); by
      // then BEGIN has settled (the driver is synchronous).
      const ripe = () => {
        if (group.joined && group.turns < MAX_TURNS) {
          group.joined = false;
          group.turns++;
          setImmediate(ripe);
        } else void this.commit(group, done, fail).finally(endTurn);
      };
      setImmediate(ripe);
      return this.script("BEGIN IMMEDIATE").catch((err: unknown) => {
        group.aborted ??= err;
      });
    });
    return group;
  }

  /**
   * Commits (or, after an abort, rolls back) a group. The group is closed and COMMIT issued in the
   * same synchronous step, so a statement arriving meanwhile opens the next group after it.
   */
  private async commit(group: Group, done: () => void, fail: (err: unknown) => void): Promise<void> {
    if (this.group === group) this.group = null;
    try {
      if (group.aborted !== undefined) throw group.aborted;
      await this.script("COMMIT");
      done();
    } catch (err) {
      group.aborted ??= err;
      if (this.inTransaction()) await this.script("ROLLBACK").catch(() => undefined);
      fail(group.aborted);
    }
  }

  /** A script run at once (the driver may throw rather than reject). */
  private script(sql: string): Promise<void> {
    try {
      return this.inner.executeScript(sql);
    } catch (err) {
      return Promise.reject(err);
    }
  }
}
