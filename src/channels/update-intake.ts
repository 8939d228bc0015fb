// Where every incoming update of a chat channel enters, from polling or a webhook: claimed in the
// database first (the duplicate check and the crash record in one insert), then handled in order
// per chat, then marked done. Claims of a process that died are found by the sweep and handled
// again from the stored update, by whichever process sees them first. Each channel says how to
// read its updates' ids and chats and how to handle one (Telegram: update_id; Zalo: message_id).
import type { Logger } from "pino";
import {
  claimUpdate,
  markDone,
  renewClaims,
  staleClaims,
  takeOverClaim,
} from "../services/transport/processed-updates.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import { ChatQueue } from "./chat-queue.ts";

export interface IntakeTimings {
  /** A claim lapses this long after its last renewal (the process died). */
  claimMs: number;
  /** Claims in hand are renewed this often. */
  renewMs: number;
  /** Lapsed claims are looked for this often (and once at start). */
  sweepMs: number;
  /** A claim older than this is closed instead of handled again (Telegram itself gives up after 24 h). */
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

export type Accepted = "accepted" | "duplicate";

/** How one channel's updates are told apart and handled. */
export interface IntakeTransport<U> {
  /** The `channel` of the processed-update claims ("telegram", "zalo"). */
  channel: string;
  /** The id redeliveries share (the duplicate check). */
  idOf(update: U): string;
  /** The chat an update belongs to: its updates are handled in order. */
  chatKeyOf(update: U): string | null;
  /** Handles a claimed update; errors are the transport's to answer (the update is marked done). */
  handle(update: U): Promise<void>;
}

export class UpdateIntake<U = unknown> {
  private readonly queue: ChatQueue;
  private readonly inHand = new Set<string>();
  private timers: NodeJS.Timeout[] = [];
  private sweeping: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      transport: IntakeTransport<U>;
      /** Real time: claims measure whether a process is alive. */
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

  /** Updates claimed by this process and not yet done. */
  get inFlight(): number {
    return this.inHand.size;
  }

  /** Starts renewing claims and sweeping lapsed ones (one sweep right away). */
  start(): void {
    const { renewMs, sweepMs } = this.timings;
    this.timers.push(setInterval(() => void this.renew(), renewMs));
    this.timers.push(setInterval(() => this.sweepInBackground(), sweepMs));
    this.sweepInBackground();
  }

  /** Claims an update (resolves once the claim is stored) and queues its handling. */
  async accept(update: U): Promise<Accepted> {
    const { transport } = this.options;
    const updateId = transport.idOf(update);
    const chatKey = transport.chatKeyOf(update);
    const slot = this.queue.reserve(chatKey ?? `update:${updateId}`);
    let claimed = false;
    try {
      claimed = await claimUpdate(this.options.deps, {
        channel: this.channel,
        updateId,
        chatKey,
        payload: JSON.stringify(update),
        leaseMs: this.timings.claimMs,
      });
    } finally {
      if (!claimed) slot(null);
    }
    if (!claimed) {
      this.options.logger.debug({ updateId, channel: this.channel }, "duplicate update ignored");
      return "duplicate";
    }
    this.inHand.add(updateId);
    slot(() => this.handle(updateId, update));
    return "accepted";
  }

  /** Waits until fewer than `max` updates are in hand (polling does not run ahead of handling). */
  async belowLimit(max: number): Promise<void> {
    while (this.inHand.size >= max) await this.queue.idle();
  }

  /** Stops the timers and waits for the updates in hand. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.sweeping;
    await this.queue.idle();
  }

  private async handle(updateId: string, update: U): Promise<void> {
    const { transport, logger } = this.options;
    try {
      await transport.handle(update);
    } catch (err) {
      logger.error({ err, updateId, channel: this.channel }, "update handling failed");
    }
    // A handler that failed has answered through its error boundary: it is not handled again.
    try {
      await markDone(this.options.deps, this.channel, updateId);
    } catch (err) {
      logger.error({ err, updateId }, "could not record an update as handled");
    } finally {
      this.inHand.delete(updateId);
    }
  }

  private async renew(): Promise<void> {
    await renewClaims(this.options.deps, {
      channel: this.channel,
      updateIds: [...this.inHand],
      leaseMs: this.timings.claimMs,
    }).catch((err: unknown) => this.options.logger.warn({ err }, "could not renew update claims"));
  }

  private sweepInBackground(): void {
    this.sweeping = this.sweeping
      .then(async () => void (await this.sweep()))
      .catch((err: unknown) => this.options.logger.warn({ err }, "sweep of lapsed update claims failed"));
  }

  /** Handles again, from the stored update, the claims of processes that died. */
  async sweep(): Promise<number> {
    const { deps, logger } = this.options;
    const { claimMs, abandonAfterMs } = this.timings;
    const channel = this.channel;
    let taken = 0;
    for (const claim of await staleClaims(deps, channel, 50)) {
      if (this.inHand.has(claim.updateId)) continue;
      if (!(await takeOverClaim(deps, { channel, updateId: claim.updateId, leaseMs: claimMs }))) continue;
      const tooOld = deps.clock.now().getTime() - claim.claimedAt.getTime() > abandonAfterMs;
      if (claim.payload === null || tooOld) {
        logger.warn({ updateId: claim.updateId }, "an update left unfinished too long is closed unhandled");
        await markDone(deps, channel, claim.updateId);
        continue;
      }
      logger.warn({ updateId: claim.updateId }, "an update its process left unfinished is handled again");
      const update = JSON.parse(claim.payload) as U;
      this.inHand.add(claim.updateId);
      this.queue.reserve(claim.chatKey ?? `update:${claim.updateId}`)(() =>
        this.handle(claim.updateId, update),
      );
      taken++;
    }
    return taken;
  }
}
