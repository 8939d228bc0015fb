// What differs between the engines, pinned on both: money (BigInt) exact beyond 2^53, instants
// with their milliseconds, unique violations recognised (also inside a transaction, which
// PostgreSQL aborts), bytes, and a failed transaction leaving nothing behind.
import { afterEach, describe, expect, it } from "vitest";
import { dialectOf } from "../../src/db/open-database.ts";
import { isUniqueViolation } from "../../src/db/is-unique-violation.ts";
import { tempDatabase, type DatabaseKind, type TempDatabase } from "../support/temp-database.ts";

describe.each<DatabaseKind>(["sqlite", "postgres"])("on %s", (kind) => {
  let temp: TempDatabase | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });
  const member = (id: string) => ({ id, fullName: "Nguyễn Thị Hoa", role: "focal-point" });

  it("keeps BigInt money exact, instants to the millisecond, bytes as given", async () => {
    temp = await tempDatabase(kind);
    const { db } = temp;
    expect(dialectOf(db)).toBe(kind);
    const at = new Date("2023-06-30T16:59:59.999Z");
    const big = 9_007_199_254_740_993n; // 2^53 + 1
    await db.member.create({ data: member("m1") });
    await db.auditLog.create({ data: { id: "a1", at, action: "x", entity: "y", data: "{}" } });
    await db.fileLink.create({
      data: {
        id: "f1",
        tokenHash: "h",
        recipientMemberId: "m1",
        fileName: "báo cáo.pdf",
        mimeType: "application/pdf",
        bytes: new Uint8Array([0, 255, 1]),
        expiresAt: at,
      },
    });
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: "a1" } })).at).toEqual(at);
    expect(Array.from((await db.fileLink.findUniqueOrThrow({ where: { id: "f1" } })).bytes)).toEqual([
      0, 255, 1,
    ]);
    const rows = await db.$queryRaw<{ v: bigint }[]>`SELECT CAST(${big.toString()} AS BIGINT) AS v`;
    expect(BigInt(rows[0]?.v ?? 0)).toBe(big);
    expect((await db.member.findUniqueOrThrow({ where: { id: "m1" } })).fullName).toBe("Nguyễn Thị Hoa");
  });

  it("recognises a unique violation, alone and inside a transaction, which then leaves nothing", async () => {
    temp = await tempDatabase(kind);
    const { db } = temp;
    await db.member.create({ data: member("m1") });
    const alone = await db.member.create({ data: member("m1") }).catch((e: unknown) => e);
    expect(isUniqueViolation(alone)).toBe(true);
    const inTx = await db
      .$transaction(async (tx) => {
        await tx.member.create({ data: member("m2") });
        await tx.member.create({ data: member("m1") });
      })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(inTx)).toBe(true);
    expect(await db.member.count()).toBe(1);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});
