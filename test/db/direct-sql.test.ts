import { afterEach, describe, expect, it } from "vitest";
import { directExecute, directQuery } from "../../src/db/direct-sql.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

let t: TempDatabase | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("hot statements straight to the driver adapter", () => {
  it("read and write what the client sees, values as the driver gives them, also after a $disconnect", async () => {
    t = await tempDatabase();
    const { db } = t;
    const at = new Date("2023-03-07T03:00:00.123Z");
    const changed = await directExecute(
      db,
      Prisma.sql`INSERT INTO "Session" ("key", "value", "updatedAt") VALUES (${"k1"}, ${"v1"}, ${at})`,
    );
    expect(changed).toBe(1);
    expect((await db.session.findUnique({ where: { key: "k1" } }))?.updatedAt).toEqual(at);
    const read = async () =>
      directQuery<{ value: string; updatedAt: string; n: number | string }>(
        db,
        Prisma.sql`SELECT "value", "updatedAt", 1 + 1 AS "n" FROM "Session" WHERE "key" = ${"k1"}`,
      );
    const [row] = await read();
    expect(row?.value).toBe("v1");
    expect(new Date(row!.updatedAt)).toEqual(at);
    expect(Number(row?.n)).toBe(2);
    // The client disposes its adapter on $disconnect and connects afresh at its next statement.
    await db.$disconnect();
    expect((await read()).map((r) => r.value)).toEqual(["v1"]);
    expect(await db.session.count()).toBe(1);
  });
});
