import { afterEach, describe, expect, it } from "vitest";
import { acquireLease, releaseLease } from "../../../src/services/transport/leases.ts";
import { MovableClock } from "../../support/reminder-world.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

describe("leases", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => temp?.close());

  it("one holder at a time; renewed by its holder; taken over only once it lapsed; released", async () => {
    temp = await tempDatabase();
    const clock = new MovableClock(new Date("2026-01-01T00:00:00Z"));
    const deps = { db: temp.db, clock };
    const a = { name: "telegram:poller", holder: "a", ttlMs: 30_000 };
    const b = { ...a, holder: "b" };
    // Asked at the same instant: exactly one gets it.
    const first = await Promise.all([acquireLease(deps, a), acquireLease(deps, b)]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const [holder, other] = first[0] ? [a, b] : [b, a];
    clock.t = new Date("2026-01-01T00:00:20Z");
    expect(await acquireLease(deps, holder)).toBe(true); // renewed until 00:00:50
    clock.t = new Date("2026-01-01T00:00:40Z");
    expect(await acquireLease(deps, other)).toBe(false); // not lapsed yet
    clock.t = new Date("2026-01-01T00:00:51Z");
    expect(await Promise.all([acquireLease(deps, other), acquireLease(deps, other)])).toContain(true);
    expect(await acquireLease(deps, holder)).toBe(false); // the old holder lost it
    await releaseLease(deps, holder); // releasing what one does not hold changes nothing
    expect(await temp.db.lease.findUniqueOrThrow({ where: { name: a.name } })).toMatchObject({
      holder: other.holder,
    });
    await releaseLease(deps, other);
    expect(await acquireLease(deps, holder)).toBe(true); // free again at once
  });
});
