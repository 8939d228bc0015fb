import { afterEach, describe, expect, it } from "vitest";
import {
  heldChats,
  releaseChatLease,
  renewChatLeases,
  takeChatLease,
} from "../../../src/services/transport/chat-leases.ts";
import {
  chatsWithPendingUpdates,
  claimUpdate,
  markHandled,
  pendingUpdates,
  storeUpdate,
  storeUpdates,
} from "../../../src/services/transport/processed-updates.ts";
import { MovableClock } from "../../support/reminder-world.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

describe("chat leases", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => temp?.close());

  const chat = { channel: "telegram", chatKey: "42" };
  const a = { ...chat, holder: "a", ttlMs: 30_000 };
  const b = { ...chat, holder: "b", ttlMs: 30_000 };
  const store = (deps: Parameters<typeof storeUpdate>[0], updateId: string) =>
    storeUpdate(deps, { ...chat, updateId, payload: `{"id":${updateId}}` });

  it("one holder at a time; the lost wake-up: an update stored while the holder lets go is looked at again", async () => {
    temp = await tempDatabase();
    const clock = new MovableClock(new Date("2026-01-01T00:00:00Z"));
    const deps = { db: temp.db, clock };

    // Asked at the same instant: exactly one gets the chat.
    const first = await Promise.all([takeChatLease(deps, a), takeChatLease(deps, b)]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const [holder, other] = first[0] ? [a, b] : [b, a];
    expect(await takeChatLease(deps, holder)).toBe(true); // its own already

    // The holder has looked for the last time (nothing) and is about to let go when the other
    // process stores an update: the other cannot take the chat, and wakes the holder.
    expect(await pendingUpdates(deps, { ...chat, limit: 20 })).toEqual([]);
    const seq = await store(deps, "1");
    expect(await takeChatLease(deps, other)).toBe(false);
    expect(await releaseChatLease(deps, holder)).toBe("woken"); // still held: look again
    expect((await pendingUpdates(deps, { ...chat, limit: 20 })).map((u) => u.seq)).toEqual([seq]);
    expect(await markHandled(deps, seq!)).toBe(true);
    expect(await markHandled(deps, seq!)).toBe(false); // already
    expect(await releaseChatLease(deps, holder)).toBe("released");

    // Stored after the holder let go: the other takes the chat itself.
    expect(await store(deps, "2")).toBeGreaterThan(seq!);
    expect(await takeChatLease(deps, other)).toBe(true);
    expect(await store(deps, "2")).toBeNull(); // a redelivery is a duplicate
  });

  it("a holder that stops renewing loses the chat once the lease lapses; it finds out when letting go", async () => {
    temp = await tempDatabase();
    const clock = new MovableClock(new Date("2026-01-01T00:00:00Z"));
    const deps = { db: temp.db, clock };
    expect(await takeChatLease(deps, a)).toBe(true);
    clock.t = new Date("2026-01-01T00:00:20Z");
    expect(
      await renewChatLeases(deps, { channel: "telegram", holder: "a", chatKeys: ["42"], ttlMs: 30_000 }),
    ).toBe(1);
    clock.t = new Date("2026-01-01T00:00:49Z");
    expect(await takeChatLease(deps, b)).toBe(false); // renewed until 00:00:50
    expect(await heldChats(deps, "telegram", ["42", "43"])).toEqual(new Set(["42"]));
    clock.t = new Date("2026-01-01T00:00:51Z");
    expect(await heldChats(deps, "telegram", ["42"])).toEqual(new Set());
    expect(await Promise.all([takeChatLease(deps, b), takeChatLease(deps, b)])).toEqual([true, true]);
    expect(
      await renewChatLeases(deps, { channel: "telegram", holder: "a", chatKeys: ["42"], ttlMs: 30_000 }),
    ).toBe(0);
    expect(await releaseChatLease(deps, a)).toBe("lost");
    expect(await temp.db.chatLease.findUniqueOrThrow({ where: { channel_chatKey: chat } })).toMatchObject({
      holder: "b",
    });
  });

  it("pending updates come in arrival order; the sweep lists chats oldest first; a live claim of its own is left alone", async () => {
    temp = await tempDatabase();
    const clock = new MovableClock(new Date("2026-01-01T00:00:00Z"));
    const deps = { db: temp.db, clock };
    // Arrival order is the database's, not the clock's: a later arrival stamped earlier stays later.
    await storeUpdate(deps, { channel: "telegram", chatKey: "7", updateId: "10", payload: "{}" });
    clock.t = new Date("2025-12-31T23:59:00Z");
    await store(deps, "11");
    await storeUpdate(deps, { channel: "telegram", chatKey: "7", updateId: "12", payload: "{}" });
    await storeUpdate(deps, { channel: "zalo", chatKey: "7", updateId: "13", payload: "{}" });
    clock.t = new Date("2026-01-01T00:00:00Z");
    // An update claimed alone (outside the intake) with a live lease of its own.
    expect(await claimUpdate(deps, { ...chat, updateId: "14", payload: "{}", leaseMs: 60_000 })).toBe(true);
    expect(
      (await pendingUpdates(deps, { channel: "telegram", chatKey: "7", limit: 20 })).map((u) => u.updateId),
    ).toEqual(["10", "12"]);
    expect((await pendingUpdates(deps, { ...chat, limit: 20 })).map((u) => u.updateId)).toEqual(["11"]);
    expect(await chatsWithPendingUpdates(deps, "telegram", 10)).toEqual(["7", "42"]);
    // Its process died: once its lease lapses it joins its chat's line.
    clock.t = new Date("2026-01-01T00:01:01Z");
    expect((await pendingUpdates(deps, { ...chat, limit: 20 })).map((u) => u.updateId)).toEqual(["11", "14"]);
    // A claim outside the intake with no chat gets a line of its own.
    await claimUpdate(deps, {
      channel: "telegram",
      chatKey: null,
      updateId: "15",
      payload: "{}",
      leaseMs: 0,
    });
    clock.t = new Date("2026-01-01T00:01:02Z");
    expect(await chatsWithPendingUpdates(deps, "telegram", 10)).toEqual(["7", "42", "update:15"]);
  });

  it("a polled batch is stored in one statement, numbered in its order; duplicates (stored before, or twice in it) come back null", async () => {
    temp = await tempDatabase();
    const deps = { db: temp.db, clock: new MovableClock(new Date("2026-01-01T00:00:00Z")) };
    const before = await store(deps, "5");
    const u = (updateId: string, chatKey = "42") => ({
      channel: "telegram",
      chatKey,
      updateId,
      payload: "{}",
    });
    const seqs = await storeUpdates(deps, [u("9"), u("5"), u("7", "43"), u("9"), u("8")]);
    expect(seqs.map((s) => s === null)).toEqual([false, true, false, true, false]);
    const [a, , b, , c] = seqs as number[];
    expect(before! < a! && a! < b! && b! < c!).toBe(true);
    expect((await pendingUpdates(deps, { ...chat, limit: 20 })).map((p) => p.updateId)).toEqual([
      "5",
      "9",
      "8",
    ]);
    expect(await storeUpdates(deps, [])).toEqual([]);
  });
});
