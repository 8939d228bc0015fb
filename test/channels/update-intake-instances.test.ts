// Several intakes on one database, as several processes behind a round-robin balancer: each has
// its own connection and receives different updates of the same chats. Every update is handled
// once, each chat's in arrival order and never two of one chat at once, whoever received them.
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { UpdateIntake, type IntakeTimings } from "../../src/channels/update-intake.ts";
import type { SqlDriverAdapter, SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import { directConnection, type DirectConnection } from "../../src/db/direct-sql.ts";
import { openDatabase, type Db } from "../../src/db/open-database.ts";
import { systemClock } from "../../src/services/service-deps.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

interface Update {
  id: number;
  chat: string;
  /** Its place among its chat's updates. */
  n: number;
}

interface Handled extends Update {
  by: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** No sweep unless a test calls one: what is handled is handled by the wake-ups alone. */
const NO_SWEEP: IntakeTimings = {
  claimMs: 1_500,
  renewMs: 300,
  sweepMs: 3_600_000,
  abandonAfterMs: 3_600_000,
};

class World {
  readonly handled: Handled[] = [];
  /** Handlers running per chat right now, and the most ever seen. */
  private readonly running = new Map<string, number>();
  maxPerChat = 0;
  readonly intakes: UpdateIntake<Update>[] = [];
  private readonly clients: Db[] = [];

  constructor(private readonly temp: TempDatabase) {}

  async instance(
    name: string,
    o: {
      timings?: IntakeTimings;
      handle?: (u: Update) => Promise<void>;
      start?: boolean;
      db?: (db: Db) => Db;
    } = {},
  ): Promise<UpdateIntake<Update>> {
    const own = await openDatabase(this.temp.url); // its own connection, as its own process
    this.clients.push(own);
    const db = o.db ? o.db(own) : own;
    const intake = new UpdateIntake<Update>({
      transport: {
        channel: "telegram",
        idOf: (u) => String(u.id),
        chatKeyOf: (u) => u.chat,
        handle: async (u) => {
          const now = (this.running.get(u.chat) ?? 0) + 1;
          this.running.set(u.chat, now);
          this.maxPerChat = Math.max(this.maxPerChat, now);
          try {
            await (o.handle ?? (() => sleep(2 + Math.random() * 12)))(u);
            this.handled.push({ ...u, by: name });
          } finally {
            this.running.set(u.chat, (this.running.get(u.chat) ?? 1) - 1);
          }
        },
      },
      deps: { db, clock: systemClock },
      logger: pino({ level: "silent" }),
      timings: o.timings ?? NO_SWEEP,
      concurrency: 4,
    });
    if (o.start ?? true) intake.start();
    this.intakes.push(intake);
    return intake;
  }

  async until(count: number, timeoutMs = 60_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (this.handled.length < count) {
      if (Date.now() > end) throw new Error(`${this.handled.length} of ${count} updates handled`);
      await sleep(20);
    }
  }

  /** Each chat's handled places, in the order handled. */
  orderPerChat(): Map<string, number[]> {
    const per = new Map<string, number[]>();
    for (const h of this.handled) per.set(h.chat, [...(per.get(h.chat) ?? []), h.n]);
    return per;
  }

  async close(stop: UpdateIntake<Update>[] = this.intakes): Promise<void> {
    await Promise.all(stop.map((i) => i.stop()));
    await Promise.all(this.clients.map((c) => c.$disconnect()));
  }
}

describe("update intake: several instances on one database", () => {
  let temp: TempDatabase | undefined;
  let world: World | undefined;
  afterEach(async () => {
    await world?.close().catch(() => undefined);
    await temp?.close();
    world = undefined;
  });

  it("3 instances, round-robin: every update once, each chat in arrival order, one at a time", async () => {
    temp = await tempDatabase();
    world = new World(temp);
    const names = ["A", "B", "C"];
    const instances = [await world.instance("A"), await world.instance("B"), await world.instance("C")];
    const receivedBy = new Map<number, string>();
    const chats = 6;
    const perChat = 8;
    let nextId = 1000;
    let turn = 0;
    // A chat's next update is sent once the previous one is answered (stored), as a balancer in
    // front of Telegram sees them; chats are sent at the same time; each update goes to the next
    // instance in turn, so one chat's updates reach all three.
    await Promise.all(
      Array.from({ length: chats }, async (_, c) => {
        for (let n = 0; n < perChat; n++) {
          const u = { id: nextId++, chat: `chat-${c}`, n };
          const to = turn++ % instances.length;
          receivedBy.set(u.id, names[to]!);
          expect(await instances[to]!.accept(u)).toBe("accepted");
          if (n % 3 === 0) expect(await instances[turn % instances.length]!.accept(u)).toBe("duplicate");
          await sleep(Math.random() * 6);
        }
      }),
    );
    await world.until(chats * perChat);
    await world.close();
    const w = world;
    world = undefined;

    expect(w.handled).toHaveLength(chats * perChat); // once each
    for (let c = 0; c < chats; c++)
      expect(w.orderPerChat().get(`chat-${c}`)).toEqual(Array.from({ length: perChat }, (_, n) => n));
    expect(w.maxPerChat).toBe(1);
    expect(await temp.db.processedUpdate.count({ where: { status: "done" } })).toBe(chats * perChat);
    expect(await temp.db.chatLease.count()).toBe(0); // every chat let go
    // Updates were handed between instances (one received, the chat's holder handled it).
    const handedOver = w.handled.filter((h) => receivedBy.get(h.id) !== h.by).length;
    console.log(
      `3 instances: ${handedOver} of ${w.handled.length} updates handled by another instance than the one that received them`,
    );
    expect(handedOver).toBeGreaterThan(0);
  });

  it("a holder that dies (stops renewing) mid-update: another instance takes the chat over after the lease lapses and handles the rest in order", async () => {
    temp = await tempDatabase();
    world = new World(temp);
    const timings: IntakeTimings = { claimMs: 600, renewMs: 200, sweepMs: 150, abandonAfterMs: 3_600_000 };
    const started: number[] = [];
    const hang = new Promise<void>(() => undefined); // the dead process never finishes
    // A never starts its timers (no renewal, no sweep), and hangs on its first update.
    const a = await world.instance("A", {
      timings,
      start: false,
      handle: async (u) => {
        started.push(u.n);
        await hang;
      },
    });
    const b = await world.instance("B", { timings });
    expect(await a.accept({ id: 1, chat: "x", n: 0 })).toBe("accepted");
    while (started.length === 0) await sleep(10);
    expect(await a.accept({ id: 2, chat: "x", n: 1 })).toBe("accepted"); // queued behind it in A
    expect(await b.accept({ id: 3, chat: "x", n: 2 })).toBe("accepted"); // left to A, the holder
    expect(await b.accept({ id: 4, chat: "y", n: 0 })).toBe("accepted"); // another chat goes on
    await sleep(300);
    expect(world.handled.map((h) => `${h.chat}${h.n}`)).toEqual(["y0"]);
    // Once A's lease lapsed, B's sweep takes the chat: the update A was handling is handled
    // again (at least once for the one in flight, as after kill -9), then the rest, in order.
    await world.until(4, 20_000);
    expect(world.handled.filter((h) => h.chat === "x")).toEqual([
      { id: 1, chat: "x", n: 0, by: "B" },
      { id: 2, chat: "x", n: 1, by: "B" },
      { id: 3, chat: "x", n: 2, by: "B" },
    ]);
    expect(started).toEqual([0]);
    await world.close([b]);
    world = undefined;
  });

  it("the lost wake-up: an update stored by another instance just as the holder lets go is still handled, without a sweep", async () => {
    temp = await tempDatabase();
    world = new World(temp);
    const total = 12;
    let next = 1;
    let woken: () => void = () => undefined;
    const hooks = {
      // Just before A lets go of the chat (it looked and found nothing), B receives the chat's
      // next update, stores it, fails to take the chat (A holds it) and wakes A.
      beforeRelease: async () => {
        if (next >= total) return;
        const u = { id: 700 + next, chat: "z", n: next++ };
        const wakeSent = new Promise<void>((r) => (woken = r));
        expect(await b.accept(u)).toBe("accepted");
        await wakeSent;
      },
      afterWake: () => woken(),
    };
    const a = await world.instance("A", {
      db: (db) => intercept(db, { beforeRelease: hooks.beforeRelease }),
    });
    const b = await world.instance("B", { db: (db) => intercept(db, { afterWake: hooks.afterWake }) });
    expect(await a.accept({ id: 700, chat: "z", n: 0 })).toBe("accepted");
    // Without the wake-up, update 1 would wait for a sweep (none runs here) and this times out.
    await world.until(total, 15_000);
    // The last update counts as handled before its "done and let go" is written: stopped first,
    // which waits for that (checked at once, the lease was still there on a loaded CI machine).
    await world.close();
    const w = world;
    world = undefined;
    expect(w.handled.map((h) => `${h.by}${h.n}`)).toEqual(Array.from({ length: total }, (_, n) => `A${n}`));
    expect(await temp.db.chatLease.count()).toBe(0);
  });

  it("an update whose 'done' mark fails is marked again, not handled again, and the chat goes on", async () => {
    temp = await tempDatabase();
    world = new World(temp);
    let release: () => void = () => undefined;
    const firstRuns = new Promise<void>((r) => (release = r));
    let failures = 0;
    const a = await world.instance("A", {
      // The first update is still being handled when the next ones arrive: its mark is then
      // written together with the next look, and that statement fails once.
      handle: async (u) => (u.n === 0 ? await firstRuns : undefined),
      db: (db) =>
        intercept(db, {
          before: (sql) => {
            if (failures === 0 && /SET "status" = 'done'/.test(sql)) {
              failures++;
              throw new Error("connection lost");
            }
          },
        }),
    });
    expect(await a.accept({ id: 900, chat: "m", n: 0 })).toBe("accepted");
    for (let n = 1; n < 5; n++) expect(await a.accept({ id: 900 + n, chat: "m", n })).toBe("accepted");
    release();
    await world.until(5, 15_000);
    await world.close();
    const w = world;
    world = undefined;
    expect(failures).toBe(1);
    expect(w.handled.map((h) => h.n)).toEqual([0, 1, 2, 3, 4]);
    expect(await temp.db.processedUpdate.count({ where: { status: "handling" } })).toBe(0);
    expect(await temp.db.chatLease.count()).toBe(0);
  });
});

/** A client whose chat-lease statements (raw SQL) let the test step in between them. */
function intercept(
  db: Db,
  hooks: { beforeRelease?: () => Promise<void>; afterWake?: () => void; before?: (sql: string) => void },
): Db {
  // The intake's statements go to the driver adapter directly (db/direct-sql.ts): watched there.
  const watched = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const wrap =
      <R>(run: (q: SqlQuery) => Promise<R>) =>
      async (q: SqlQuery): Promise<R> => {
        if (/DELETE FROM "ChatLease"/.test(q.sql)) await hooks.beforeRelease?.();
        hooks.before?.(q.sql);
        const result = await run(q);
        const count = typeof result === "number" ? result : (result as SqlResultSet).rows.length;
        if (/UPDATE "ChatLease" SET "wake" = true/.test(q.sql) && count === 1) hooks.afterWake?.();
        return result;
      };
    return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
      queryRaw: wrap((q) => adapter.queryRaw(q)),
      executeRaw: wrap((q) => adapter.executeRaw(q)),
    });
  };
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === directConnection) {
        const c = Reflect.get(target, prop, receiver) as unknown as DirectConnection;
        return {
          dialect: c.dialect,
          get adapter() {
            return c.adapter && watched(c.adapter);
          },
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
