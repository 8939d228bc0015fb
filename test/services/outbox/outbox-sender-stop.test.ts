// Shutdown in the middle of a fan-out: the sender finishes the batch in hand and claims no more,
// so a rolling restart does not wait for the whole fan-out; the rest stays queued for the other
// instances (or the next start) and goes out later, each row once.
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboxSender } from "../../../src/services/outbox/create-outbox-sender.ts";
import { enqueueDueReminders } from "../../../src/services/reminders/enqueue-due-reminders.ts";
import type { ReminderBatch } from "../../../src/services/reminders/reminder-channel.ts";
import { instantThrottle, MovableClock, RecordingChannel } from "../../support/reminder-world.ts";
import { outboxWorld } from "../../support/outbox-world.ts";
import type { TempDatabase } from "../../support/temp-database.ts";

const logger = pino({ level: "silent" });

/** Each message takes a moment, and the first one says when it started. */
class SlowChannel extends RecordingChannel {
  started!: () => void;
  readonly firstSend = new Promise<void>((resolve) => (this.started = resolve));
  override async sendReminders(b: ReminderBatch) {
    this.started();
    await new Promise((r) => setTimeout(r, 20));
    return super.sendReminders(b);
  }
}

describe("the outbox sender stopping mid fan-out", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  it("finishes its batch, claims no more, and a later sender sends the rest once", async () => {
    const clock = new MovableClock(new Date("2023-03-08T01:00:00Z"));
    temp = await outboxWorld({ people: 40, clock });
    const deps = { db: temp.db, clock };
    const { added } = await enqueueDueReminders(deps, clock.now());
    expect(added).toBeGreaterThan(20);
    const channel = new SlowChannel(clock);
    const options = {
      channels: { telegram: { adapter: channel, throttle: instantThrottle() } },
      logger,
      batchSize: 4,
    };
    const sender = createOutboxSender(deps, options);
    const draining = sender.drain();
    await channel.firstSend;
    await sender.stop();
    const first = await draining;
    const sentBefore = channel.messages.length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThan(40); // far from the whole fan-out
    expect(await temp.db.outbox.count({ where: { status: "claimed" } })).toBe(0); // nothing held
    expect(await temp.db.outbox.count({ where: { status: "pending" } })).toBeGreaterThan(0);
    expect(first.sent).toBe(await temp.db.outbox.count({ where: { status: "sent" } }));

    // Another instance (a new sender) takes what is left.
    await createOutboxSender(deps, options).drain();
    const ids = channel.messages.flatMap((m) => m.outboxIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(added);
    expect(await temp.db.outbox.count({ where: { status: "sent" } })).toBe(added);
  });
});
