// Group commit on SQLite (src/db/sqlite-group-commit.ts): writes issued in the same turn share a
// commit, yet each caller resumes only once its write is committed, a failing write fails alone,
// and two connections of one process to one file take turns instead of blocking each other.
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/open-database.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

const require = createRequire(import.meta.url);
interface RawDb {
  prepare(sql: string): { get(...a: unknown[]): unknown };
  exec(sql: string): unknown;
  close(): void;
}
const Database = require("better-sqlite3") as new (file: string, o?: object) => RawDb;

let t: TempDatabase | undefined;
const extra: (Db | RawDb)[] = [];
afterEach(async () => {
  for (const c of extra.splice(0))
    if ("$disconnect" in c) await c.$disconnect();
    else c.close();
  await t?.close();
  t = undefined;
});

/** Counts the COMMITs this process's SQLite connections run while `work` runs. */
async function commitsDuring(work: () => Promise<unknown>): Promise<number> {
  const proto = Object.getPrototypeOf(new Database(":memory:")) as { exec(sql: string): unknown };
  const exec = proto.exec;
  let commits = 0;
  proto.exec = function (this: unknown, sql: string) {
    if (/^\s*COMMIT/i.test(sql)) commits++;
    return exec.call(this, sql);
  };
  try {
    await work();
  } finally {
    proto.exec = exec;
  }
  return commits;
}

describe.skipIf(process.env.TEST_DATABASE === "postgres")("SQLite group commit", () => {
  it("writes issued together share commits, and each is committed (seen by another connection) when its caller resumes", async () => {
    t = await tempDatabase("sqlite");
    const { db } = t;
    const other = new Database(t.file!, { readonly: true });
    extra.push(other);
    const seen = other.prepare(`SELECT COUNT(*) AS n FROM "Session" WHERE "key" = ?`);
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const visibleOnResume: boolean[] = [];
    const commits = await commitsDuring(() =>
      Promise.all(
        keys.map((key) =>
          db.session.create({ data: { key, value: "v" } }).then(() => {
            visibleOnResume.push((seen.get(key) as { n: number }).n === 1);
          }),
        ),
      ),
    );
    expect(visibleOnResume).toEqual(keys.map(() => true));
    expect(await db.session.count()).toBe(40);
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(10); // one commit each without grouping
  });

  it("a write that fails fails alone: the others of its group land", async () => {
    t = await tempDatabase("sqlite");
    const { db } = t;
    await db.session.create({ data: { key: "taken", value: "1" } });
    const results = await Promise.allSettled([
      db.session.create({ data: { key: "a", value: "1" } }),
      db.session.create({ data: { key: "taken", value: "2" } }),
      db.session.create({ data: { key: "b", value: "1" } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const rows = await db.session.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => `${r.key}=${r.value}`)).toEqual(["a=1", "b=1", "taken=1"]);
  });

  it("two connections of one process write the same file at once without waiting out the busy timeout", async () => {
    t = await tempDatabase("sqlite");
    const second = await openDatabase(t.url);
    extra.push(second);
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 === 0 ? t!.db : second).session.create({ data: { key: `k${i}`, value: "v" } }),
      ),
    );
    // A transaction on one while the other writes: both land.
    await Promise.all([
      t.db.$transaction(async (tx) => {
        await tx.session.create({ data: { key: "tx-a", value: "1" } });
        await new Promise((r) => setTimeout(r, 20));
        await tx.session.create({ data: { key: "tx-b", value: "1" } });
      }),
      second.session.create({ data: { key: "plain", value: "1" } }),
    ]);
    expect(Date.now() - started).toBeLessThan(5_000); // the busy timeout is 10 s
    expect(await second.session.count()).toBe(33);
  });

  it("a transaction begun while writes are grouped waits for their commit, and rolls back alone", async () => {
    t = await tempDatabase("sqlite");
    const { db } = t;
    const plain = Array.from({ length: 5 }, (_, i) =>
      db.session.create({ data: { key: `p${i}`, value: "v" } }),
    );
    const failing = db
      .$transaction(async (tx) => {
        await tx.session.create({ data: { key: "tx-row", value: "1" } });
        throw new Error("rolled back");
      })
      .catch((e: unknown) => e);
    await Promise.all(plain);
    expect(await failing).toBeInstanceOf(Error);
    const keys = (await db.session.findMany({ select: { key: true } })).map((s) => s.key).sort();
    expect(keys).toEqual(["p0", "p1", "p2", "p3", "p4"]);
  });

  it("writes issued right before a disconnect are committed, not lost with the connection", async () => {
    t = await tempDatabase("sqlite");
    const writes = Array.from({ length: 10 }, (_, i) =>
      t!.db.session.create({ data: { key: `k${i}`, value: "v" } }),
    );
    const closing = t.db.$disconnect();
    await Promise.all(writes);
    await closing;
    const other = new Database(t.file!, { readonly: true });
    extra.push(other);
    expect(other.prepare(`SELECT COUNT(*) AS n FROM "Session"`).get()).toEqual({ n: 10 });
  });
});
