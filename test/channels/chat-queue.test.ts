import { describe, expect, it } from "vitest";
import { ChatQueue } from "../../src/channels/chat-queue.ts";

/** Work that waits until released, recording when it ran. */
function gatedWork(log: string[], name: string, running: { now: number; max: number }) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const work = async () => {
    running.now++;
    running.max = Math.max(running.max, running.now);
    log.push(`start ${name}`);
    await done;
    log.push(`end ${name}`);
    running.now--;
  };
  return { work, release };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("ChatQueue", () => {
  it("runs at most `limit` handlers across chats, each chat's in the order of their places", async () => {
    const q = new ChatQueue(2);
    const log: string[] = [];
    const running = { now: 0, max: 0 };
    const a1 = gatedWork(log, "a1", running);
    const a2 = gatedWork(log, "a2", running);
    const b1 = gatedWork(log, "b1", running);
    const c1 = gatedWork(log, "c1", running);
    const slotA1 = q.reserve("a");
    const slotA2 = q.reserve("a");
    q.reserve("b")(b1.work);
    q.reserve("c")(c1.work);
    slotA2(a2.work); // given first, but its place is after a1's
    await tick();
    expect(log).toEqual(["start b1", "start c1"]);
    slotA1(a1.work);
    await tick();
    expect(log).toEqual(["start b1", "start c1"]); // no free slot yet
    b1.release();
    await tick();
    expect(log.slice(2)).toEqual(["end b1", "start a1"]);
    a1.release();
    c1.release();
    a2.release();
    await q.idle();
    expect(log.indexOf("start a2")).toBeGreaterThan(log.indexOf("end a1"));
    expect(running.max).toBe(2);
  });

  it("a place left empty (a duplicate) lets the chat's next update go", async () => {
    const q = new ChatQueue(1);
    const log: string[] = [];
    const running = { now: 0, max: 0 };
    const next = gatedWork(log, "next", running);
    const empty = q.reserve("a");
    q.reserve("a")(next.work);
    empty(null);
    next.release();
    await q.idle();
    expect(log).toEqual(["start next", "end next"]);
  });
});
