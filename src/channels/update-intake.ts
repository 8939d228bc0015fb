// Where every incoming update of a chat channel enters, from polling or a webhook, in one process
// or in several behind a balancer on one database. An update is first stored (the duplicate check
// and the crash record in one insert, numbered by the database as it arrives); then whichever
// process holds its chat's lease handles all the chat's stored updates in that order, one at a
// time, marking each done. A process that receives an update of a chat another process holds
// leaves it stored and wakes that holder (services/transport/chat-leases.ts). A process that dies
// stops renewing its chats' leases; the sweep of any process finds chats with stored updates and
// no live holder, takes them and handles what is left, in order. Each channel says how to read its
// updates' ids and chats and how to handle one (Telegram: update_id; Zalo: message_id).
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "pino";
import {
  heldChats,
  markHandledAndRelease,
  releaseChatLease,
  renewChatLeases,
  takeChat,
} from "../services/transport/chat-leases.ts";
import {
  chatsWithPendingUpdates,
  markHandled,
  markHandledAndRead,
  pendingUpdates,
  soloChatKey,
  storeUpdates,
  type PendingUpdate,
} from "../services/transport/processed-updates.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import { ChatQueue } from "./chat-queue.ts";

export interface IntakeTimings {
  /** A chat's lease lapses this long after its last renewal (its holder died). */
  claimMs: number;
  /** Leases in hand are renewed this often. */
  renewMs: number;
  /** Chats with stored updates and no live holder are looked for this often (and once at start). */
  sweepMs: number;
  /** An update stored longer ago is closed instead of handled (Telegram itself gives up after 24 h). */
  abandonAfterMs: number;
}

export const INTAKE_TIMINGS: IntakeTimings = {
  claimMs: 30_000,
  renewMs: 10_000,
  sweepMs: 15_000,
  abandonAfterMs: 24 * 3_600_000,
};

/** Handlers at once when the setting is not given (UPDATE_CONCURRENCY's default). */
export const DEFAULT_CONCURRENCY = 8;

/** A chat's stored updates read at a time by its holder. */
const BATCH = 20;

export type Accepted = "accepted" | "duplicate";

/** How one channel's updates are told apart and handled. */
export interface IntakeTransport<U> {
  /** The `channel` of the processed-update records ("telegram", "zalo"). */
  channel: string;
  /** The id redeliveries share (the duplicate check). */
  idOf(update: U): string;
  /** The chat an update belongs to: its updates are handled in order. */
  chatKeyOf(update: U): string | null;
  /** Handles a stored update; errors are the transport's to answer (the update is marked done). */
  handle(update: U): Promise<void>;
}

/** A chat this process drains (it holds the chat's lease, or is taking it). */
interface Lane {
  chatKey: string;
  /** An update of this chat was stored here meanwhile: look again before letting go. */
  more: boolean;
  /** The lease is held (renewals count it). */
  held: boolean;
  /** Until when (this process's clock) the lease surely holds; past it, take it again first. */
  heldUntil: number;
  done: Promise<void>;
}

export class UpdateIntake<U = unknown> {
  private readonly queue: ChatQueue;
  /** This intake's name on the chat leases: unique per process and intake. */
  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly lanes = new Map<string, Lane>();
  /** Per chat, the store of the latest arrival: a chat's updates are stored in their arrival order. */
  private readonly arrivals = new Map<string, Promise<unknown>>();
  /** Updates this process received or is handling and has not finished: update id → chat. */
  private readonly inHand = new Map<string, string>();
  private progressWaiters: (() => void)[] = [];
  private renewTimer: NodeJS.Timeout | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      transport: IntakeTransport<U>;
      /** Real time: leases measure whether a process is alive. */
      deps: Pick<ServiceDeps, "db" | "clock">;
      logger: Logger;
      timings?: IntakeTimings;
      /** Updates handled at once across chats (each chat's own stay in order). */
      concurrency?: number;
    },
  ) {
    this.queue = new ChatQueue(options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  private get timings(): IntakeTimings {
    return this.options.timings ?? INTAKE_TIMINGS;
  }

  private get channel(): string {
    return this.options.transport.channel;
  }

  /** Updates received or taken over by this process and not yet done. */
  get inFlight(): number {
    return this.inHand.size;
  }

  /** Starts renewing leases and sweeping chats nobody holds (one sweep right away). */
  start(): void {
    const { renewMs, sweepMs } = this.timings;
    this.renewTimer = setInterval(() => void this.renew(), renewMs);
    this.sweepTimer = setInterval(() => this.sweepInBackground(), sweepMs);
    this.sweepInBackground();
  }

  /** Stores an update (resolves once it is stored) and sees that its chat is drained. */
  async accept(update: U): Promise<Accepted> {
    return (await this.acceptAll([update]))[0]!;
  }

  /**
   * Stores updates received together (a polled batch) in one statement, in their order (resolves
   * once they are stored), and sees that their chats are drained.
   */
  async acceptAll(updates: readonly U[]): Promise<Accepted[]> {
    const { transport, deps, logger } = this.options;
    const items = updates.map((update) => {
      const updateId = transport.idOf(update);
      return { update, updateId, chatKey: transport.chatKeyOf(update) ?? soloChatKey(updateId) };
    });
    const chatKeys = [...new Set(items.map((i) => i.chatKey))];
    // A chat's updates arriving here at once are stored (numbered) in their arrival order: after
    // the stores of its earlier arrivals.
    const earlier = chatKeys.map((k) => (this.arrivals.get(k) ?? Promise.resolve()).catch(() => undefined));
    const stored = Promise.all(earlier).then(() =>
      storeUpdates(
        deps,
        items.map((i) => ({
          channel: this.channel,
          updateId: i.updateId,
          chatKey: i.chatKey,
          payload: JSON.stringify(i.update),
        })),
      ),
    );
    for (const k of chatKeys) this.arrivals.set(k, stored);
    let seqs: (number | null)[];
    try {
      seqs = await stored;
    } finally {
      for (const k of chatKeys) if (this.arrivals.get(k) === stored) this.arrivals.delete(k);
    }
    const accepted = items.map((item, i): Accepted => {
      if (seqs[i] === null) {
        logger.debug({ updateId: item.updateId, channel: this.channel }, "duplicate update ignored");
        return "duplicate";
      }
      this.inHand.set(item.updateId, item.chatKey);
      return "accepted";
    });
    // Once per chat: its first look sees all of them.
    for (const k of new Set(items.filter((_, i) => accepted[i] === "accepted").map((i) => i.chatKey)))
      this.drainChat(k);
    return accepted;
  }

  /** Waits until fewer than `max` updates are in hand (polling does not run ahead of handling). */
  async belowLimit(max: number): Promise<void> {
    while (this.inHand.size >= max) await new Promise<void>((go) => this.progressWaiters.push(go));
  }

  /**
   * Stops sweeping and waits for the updates stored here and every chat this process holds to be
   * handled (leases are renewed meanwhile), then stops renewing.
   */
  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    await this.sweeping;
    while (this.lanes.size > 0 || this.arrivals.size > 0)
      await Promise.allSettled([...[...this.lanes.values()].map((l) => l.done), ...this.arrivals.values()]);
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
    await this.queue.idle();
  }

  /** Takes over, from the stored updates, the chats no live process holds; how many were taken. */
  async sweep(): Promise<number> {
    const { deps, logger } = this.options;
    const waiting = (await chatsWithPendingUpdates(deps, this.channel, 100)).filter(
      (k) => !this.lanes.has(k),
    );
    const held = await heldChats(deps, this.channel, waiting);
    let taken = 0;
    for (const chatKey of waiting) {
      if (held.has(chatKey) || this.lanes.has(chatKey)) continue;
      logger.info(
        { chatKey, channel: this.channel },
        "stored updates of a chat no live process holds are handled",
      );
      this.drainChat(chatKey);
      taken++;
    }
    return taken;
  }

  /** Drains `chatKey` here, unless this process is at it already (then it just looks again). */
  private drainChat(chatKey: string): void {
    const running = this.lanes.get(chatKey);
    if (running) {
      running.more = true;
      return;
    }
    const lane: Lane = { chatKey, more: false, held: false, heldUntil: 0, done: Promise.resolve() };
    this.lanes.set(chatKey, lane);
    lane.done = this.drain(lane).catch((err: unknown) => {
      // The lease, if held, lapses (renewals skip chats no longer drained); the sweep retries.
      this.options.logger.error({ err, chatKey, channel: this.channel }, "could not handle a chat's updates");
      this.forget(lane);
    });
  }

  /**
   * Holds the chat and handles its stored updates in arrival order until none is left, then lets
   * it go. Every exit happens synchronously after the last look at `lane.more`, so an update
   * stored here meanwhile is either seen by this loop or starts a new one.
   */
  private async drain(lane: Lane): Promise<void> {
    const { deps, logger } = this.options;
    const { claimMs } = this.timings;
    const lease = { channel: this.channel, chatKey: lane.chatKey, holder: this.holder };
    /** Updates handled whose mark failed: marked again, never handled twice. */
    const unmarked = new Set<number>();
    take: for (;;) {
      lane.more = false;
      lane.held = false;
      const since = deps.clock.now().getTime();
      // The first look comes with the lease, in the same statement.
      let rows = await takeChat(deps, { ...lease, ttlMs: claimMs }, BATCH);
      if (rows === null) {
        // A live process holds the chat: it was woken and handles what is stored. One stored
        // here meanwhile may have missed that wake-up: ask again.
        if (lane.more) continue take;
        return this.forget(lane);
      }
      lane.held = true;
      lane.heldUntil = since + claimMs;
      for (;;) {
        if (rows === null) {
          lane.more = false;
          rows = await pendingUpdates(deps, { ...lease, limit: BATCH });
        }
        const batch = rows;
        rows = null;
        /** The last update handled, its mark left for the release (one statement for both). */
        let last: number | null = null;
        for (const [i, row] of batch.entries()) {
          if (unmarked.has(row.seq)) {
            await markHandled(deps, row.seq);
            unmarked.delete(row.seq);
            continue;
          }
          // Stalled past the lease (the renewals failed): another process may hold the chat now.
          if (deps.clock.now().getTime() > lane.heldUntil) continue take;
          const markNow = i < batch.length - 1 || batch.length === BATCH;
          await this.queue.run(lane.chatKey, async () => {
            if (!(await this.handle(row, markNow))) unmarked.add(row.seq);
          });
          if (!markNow && !unmarked.has(row.seq)) last = row.seq;
        }
        if (batch.length === BATCH || lane.more) {
          if (last !== null) {
            // The mark and the next look, in one statement where the database allows it.
            lane.more = false;
            rows = await this.markAndRead(lease, last, unmarked);
          }
          continue;
        }
        let released: "released" | "woken" | "lost";
        if (last === null) released = await releaseChatLease(deps, lease);
        else {
          try {
            released = await markHandledAndRelease(deps, lease, last);
          } catch (err) {
            // Neither may have happened: the lease is taken again and the update marked first.
            logger.error({ err, seq: last }, "could not record an update as handled");
            unmarked.add(last);
            continue take;
          }
        }
        if (released === "woken") continue; // another process stored an update meanwhile
        lane.held = false;
        if (lane.more) continue take;
        return this.forget(lane);
      }
    }
  }

  /** Handles a stored update and (with `mark`) marks it done; false when the mark failed. */
  private async handle(row: PendingUpdate, mark: boolean): Promise<boolean> {
    const { transport, deps, logger } = this.options;
    try {
      const tooOld = deps.clock.now().getTime() - row.storedAt.getTime() > this.timings.abandonAfterMs;
      if (row.payload === null || tooOld) {
        logger.warn({ updateId: row.updateId }, "an update left unfinished too long is closed unhandled");
      } else {
        try {
          await transport.handle(JSON.parse(row.payload) as U);
        } catch (err) {
          logger.error({ err, updateId: row.updateId, channel: this.channel }, "update handling failed");
        }
      }
      // A handler that failed has answered through its error boundary: it is not handled again.
      return mark ? await this.mark(row.seq) : true;
    } finally {
      this.inHand.delete(row.updateId);
      this.progressed();
    }
  }

  /**
   * Marks a handled update done and reads the chat's next updates; null when that failed (the
   * update is then among `unmarked`, and the line is read again on its own).
   */
  private async markAndRead(
    lease: { channel: string; chatKey: string },
    seq: number,
    unmarked: Set<number>,
  ): Promise<PendingUpdate[] | null> {
    try {
      return await markHandledAndRead(this.options.deps, { ...lease, limit: BATCH }, seq);
    } catch (err) {
      this.options.logger.error({ err, seq }, "could not record an update as handled");
      unmarked.add(seq);
      return null;
    }
  }

  /** Marks a handled update done; false when the mark failed. */
  private async mark(seq: number): Promise<boolean> {
    try {
      await markHandled(this.options.deps, seq);
      return true;
    } catch (err) {
      this.options.logger.error({ err, seq }, "could not record an update as handled");
      return false;
    }
  }

  /** Drops a chat this process no longer drains, with the updates it received for it. */
  private forget(lane: Lane): void {
    if (this.lanes.get(lane.chatKey) === lane) this.lanes.delete(lane.chatKey);
    for (const [updateId, chatKey] of this.inHand) if (chatKey === lane.chatKey) this.inHand.delete(updateId);
    this.progressed();
  }

  private progressed(): void {
    const waiters = this.progressWaiters;
    this.progressWaiters = [];
    for (const go of waiters) go();
  }

  private async renew(): Promise<void> {
    const { deps, logger } = this.options;
    const held = [...this.lanes.values()].filter((l) => l.held);
    if (held.length === 0) return;
    const { claimMs } = this.timings;
    const since = deps.clock.now().getTime();
    try {
      const count = await renewChatLeases(deps, {
        channel: this.channel,
        holder: this.holder,
        chatKeys: held.map((l) => l.chatKey),
        ttlMs: claimMs,
      });
      // Fewer renewed than still held: some lease lapsed and was taken; which one, each lane finds
      // out by taking its lease again once its own time is up. (Lanes that let go meanwhile are
      // no longer held and not expected.)
      const still = held.filter((l) => l.held && this.lanes.get(l.chatKey) === l);
      if (count >= still.length) for (const lane of still) lane.heldUntil = since + claimMs;
    } catch (err) {
      logger.warn({ err }, "could not renew chat leases");
    }
  }

  private sweepInBackground(): void {
    this.sweeping = this.sweeping
      .then(async () => void (await this.sweep()))
      .catch((err: unknown) => this.options.logger.warn({ err }, "sweep of unhandled updates failed"));
  }
}
