// ADMIN_TELEGRAM_IDS made sure of by several instances starting at once on one database (SQLite
// file or PostgreSQL, TEST_DATABASE), each a process of its own: each id ends with one active
// admin, and no stray member.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { bootstrapAdmins } from "../../../src/services/people/bootstrap-admins.ts";
import { MovableClock } from "../../support/reminder-world.ts";
import { tempDatabase, TEST_DATABASE, type TempDatabase } from "../../support/temp-database.ts";

const INSTANCES = 4;
const IDS = ["1001", "1002", "1003"];

describe(`configured admins, ${INSTANCES} instances starting at once (${TEST_DATABASE})`, () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => {
    await temp?.close();
  });

  const clock = new MovableClock(new Date("2023-03-10T03:00:00Z"));

  /** The instances' processes, each waiting for the same instant (once all have connected). */
  async function startTogether(): Promise<number> {
    const env = {
      ...process.env,
      DATABASE_URL: temp!.url,
      ADMIN_IDS: IDS.join(","),
      START_AT: String(Date.now() + 4000),
    };
    const runs = Array.from({ length: INSTANCES }, () =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "test/support/bootstrap-admins-process.ts"], {
        env,
      }),
    );
    return (await Promise.all(runs)).reduce((n, r) => n + Number(r.stdout.trim()), 0);
  }

  async function admins() {
    const members = await temp!.db.member.findMany({ include: { identities: true } });
    const active = members.filter((m) => m.role === "admin" && m.removedAt === null);
    return { members, active };
  }

  it("each id gets one admin, made by one of the instances; starting again makes none", async () => {
    temp = await tempDatabase();
    expect(await startTogether()).toBe(IDS.length);
    const { members, active } = await admins();
    expect(members).toHaveLength(IDS.length); // no member left without an identity
    expect(
      active
        .map((m) => m.identities.map((i) => i.externalId))
        .flat()
        .sort(),
    ).toEqual(IDS);
    expect(await temp.db.auditLog.count({ where: { action: "admin.bootstrap" } })).toBe(IDS.length);
    expect(await startTogether()).toBe(0);
  });

  it("an admin removed meanwhile is made again, once, with the same chat identity", async () => {
    temp = await tempDatabase();
    await bootstrapAdmins({ db: temp.db, clock }, IDS);
    await temp.db.member.updateMany({ data: { removedAt: clock.now() } });
    expect(await startTogether()).toBe(IDS.length);
    const { members, active } = await admins();
    expect(members).toHaveLength(2 * IDS.length); // the removed ones stay, as history
    expect(active).toHaveLength(IDS.length);
    expect(active.every((m) => m.identities.length === 1)).toBe(true);
  });
});
