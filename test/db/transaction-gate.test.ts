import { afterEach, describe, expect, it } from "vitest";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

let t: TempDatabase | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("one SQLite connection shared by concurrent handlers", () => {
  it("a write made while another handler's transaction is open survives that transaction's rollback", async () => {
    t = await tempDatabase();
    const { db } = t;
    let inside!: () => void;
    const begun = new Promise<void>((resolve) => (inside = resolve));
    let letGo!: () => void;
    const release = new Promise<void>((resolve) => (letGo = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.session.create({ data: { key: "tx-row", value: "1" } });
        inside();
        await release;
        throw new Error("rolled back");
      })
      .catch((e: unknown) => e);
    await begun;
    // Another update's plain write, issued while the transaction is open.
    // (Prisma's promises are lazy: `then` sends the statement now.)
    const outside = db.session.create({ data: { key: "outside-row", value: "2" } }).then(() => "written");
    await new Promise((r) => setTimeout(r, 100)); // time for it to reach the connection
    letGo();
    await outside;
    expect(await failing).toBeInstanceOf(Error);
    const keys = (await db.session.findMany({ select: { key: true } })).map((s) => s.key);
    expect(keys).toContain("outside-row");
    expect(keys).not.toContain("tx-row");
  });

  it("a committed transaction and writes around it all land", async () => {
    t = await tempDatabase();
    const { db } = t;
    await Promise.all([
      db.$transaction(async (tx) => {
        await tx.session.create({ data: { key: "a", value: "1" } });
        await new Promise((r) => setTimeout(r, 20));
        await tx.session.create({ data: { key: "b", value: "1" } });
      }),
      ...["c", "d", "e"].map((key) => db.session.create({ data: { key, value: "1" } })),
    ]);
    expect(await db.session.count()).toBe(5);
  });
});
