import { afterEach, describe, expect, it } from "vitest";
import {
  codeAttemptsHeldUntil,
  recordFailedCodeAttempt,
} from "../../../src/services/people/code-attempts.ts";
import { MovableClock } from "../../support/reminder-world.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

const MINUTE = 60_000;

describe("failed code attempts per sender", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  it("holds a sender after max failures in the window, until the oldest of them leaves it", async () => {
    temp = await tempDatabase();
    const clock = new MovableClock(new Date("2023-03-10T03:00:00Z"));
    const deps = { db: temp.db, clock };
    const sender = { channel: "zalo", externalId: "abc" };
    const limits = { max: 3, windowMinutes: 10 };
    for (let i = 0; i < 3; i++) {
      expect(await codeAttemptsHeldUntil(deps, sender, limits)).toBeNull();
      await recordFailedCodeAttempt(deps, sender);
      clock.t = new Date(clock.t.getTime() + 2 * MINUTE);
    }
    // Failures at 03:00, 03:02, 03:04: held until 03:10.
    expect(await codeAttemptsHeldUntil(deps, sender, limits)).toEqual(new Date("2023-03-10T03:10:00Z"));
    expect(await codeAttemptsHeldUntil(deps, { channel: "telegram", externalId: "abc" }, limits)).toBeNull();
    clock.t = new Date("2023-03-10T03:10:00Z");
    expect(await codeAttemptsHeldUntil(deps, sender, limits)).toBeNull();
    // A day later, old failures are deleted when a new one is counted.
    clock.t = new Date("2023-03-11T04:00:00Z");
    await recordFailedCodeAttempt(deps, { channel: "zalo", externalId: "other" });
    expect(await temp.db.codeAttempt.count()).toBe(1);
  });
});
