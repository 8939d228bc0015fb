// A seeded plan on a real SQLite file, people, a recording channel and a clock that we move.
import { randomUUID } from "node:crypto";
import { pino } from "pino";
import { openDatabase, type Db } from "../../src/db/open-database.ts";
import type { MemberRole } from "../../src/domain/access/roles.ts";
import { createReminderTicker, type ReminderTicker } from "../../src/scheduler/reminder-ticker.ts";
import { createInvite } from "../../src/services/people/create-invite.ts";
import { importPlanFile } from "../../src/services/plan/import-plan-file.ts";
import { redeemInvite } from "../../src/services/people/redeem-invite.ts";
import {
  ChannelError,
  type ReminderBatch,
  type ReminderMessage,
  type ReturnSummaryMessage,
} from "../../src/services/reminders/reminder-channel.ts";
import type {
  CorrectionNoticeMessage,
  DigestMessage,
  NotificationChannel,
} from "../../src/services/outbox/notification-channel.ts";
import { createOutboxSender } from "../../src/services/outbox/create-outbox-sender.ts";
import { SendThrottle } from "../../src/services/outbox/send-throttle.ts";
import type { Clock } from "../../src/services/service-deps.ts";
import { SEED_PLAN_FILE } from "./seed-plan.ts";
import { tempDatabase, type TempDatabase } from "./temp-database.ts";

export interface Delivered extends ReminderMessage {
  at: string;
  memberChat: string;
}

export class MovableClock implements Clock {
  constructor(public t: Date) {}
  now(): Date {
    return new Date(this.t);
  }
  set(isoLocal: string): void {
    this.t = new Date(isoLocal.includes("+") || isoLocal.endsWith("Z") ? isoLocal : `${isoLocal}+07:00`);
  }
}

export class RecordingChannel implements NotificationChannel {
  readonly delivered: Delivered[] = [];
  /** Each message sent: the outbox ids it carried (several when reminders were batched). */
  readonly messages: { chatId: string; at: string; outboxIds: string[] }[] = [];
  readonly returns: ReturnSummaryMessage[] = [];
  readonly notices: string[] = [];
  readonly digests: string[] = [];
  blocked = new Set<string>();
  failNext = 0;
  /** Chats whose next reminder fails once (which row a tick sends first is not fixed). */
  readonly failNextTo = new Set<string>();
  constructor(private readonly clock: Clock) {}
  async sendReminder(m: ReminderMessage) {
    return this.sendReminders({ chatId: m.chatId, items: [m] });
  }
  async sendReminders(b: ReminderBatch) {
    if (this.blocked.has(b.chatId))
      throw new ChannelError("blocked", "Forbidden: bot was blocked by the user");
    if (this.failNext > 0 || this.failNextTo.delete(b.chatId)) {
      this.failNext = Math.max(0, this.failNext - 1);
      throw new ChannelError("transient", "Too Many Requests", 1);
    }
    const at = this.clock.now().toISOString();
    for (const m of b.items) this.delivered.push({ ...m, at, memberChat: b.chatId });
    this.messages.push({ chatId: b.chatId, at, outboxIds: b.items.map((m) => m.outboxId) });
    return { messageId: String(this.messages.length) };
  }
  async sendReturnSummary(m: ReturnSummaryMessage) {
    this.returns.push(m);
    return { messageId: `return-${this.returns.length}` };
  }
  async notifyUnreachable(n: { chatId: string; memberName: string }) {
    this.notices.push(`${n.chatId}:${n.memberName}`);
    return { messageId: `notice-${this.notices.length}` };
  }
  async sendDigest(d: DigestMessage) {
    this.digests.push(d.chatId);
    return { messageId: `digest-${this.digests.length}` };
  }
  async sendLinkNotice(n: { chatId: string; channel: string }) {
    this.notices.push(`${n.chatId}:link:${n.channel}`);
    return { messageId: `notice-${this.notices.length}` };
  }
  async sendCorrectionNotice(n: CorrectionNoticeMessage) {
    this.notices.push(`${n.chatId}:correction:${n.itemCode}`);
    return { messageId: `notice-${this.notices.length}` };
  }
}

/** No waiting in tests: the throttle's clock jumps instead of sleeping. */
export function instantThrottle(): SendThrottle {
  let t = 0;
  return new SendThrottle(
    25,
    1000,
    () => t,
    async (ms) => void (t += ms),
  );
}

export interface World {
  temp: TempDatabase;
  db: Db;
  clock: MovableClock;
  channel: RecordingChannel;
  ticker: ReminderTicker;
  /** A second scheduler: its own database connection, same file. */
  secondTicker(): Promise<{ ticker: ReminderTicker; close(): Promise<void> }>;
  join(
    role: MemberRole,
    agency: string | undefined,
    name: string,
  ): Promise<{ memberId: string; chatId: string }>;
  report(agency: string, item: string, period: string): Promise<void>;
  tickAt(isoLocal: string, ticker?: ReminderTicker): Promise<void>;
  close(): Promise<void>;
}

let nextChat = 500_000;

export async function reminderWorld(): Promise<World> {
  const temp = await tempDatabase();
  const clock = new MovableClock(new Date("2023-01-05T01:00:00Z"));
  const channel = new RecordingChannel(clock);
  const logger = pino({ level: "silent" });
  const deps = { db: temp.db, clock };
  const imported = await importPlanFile(deps, { file: SEED_PLAN_FILE });
  if (imported.kind !== "checked" || !imported.applied) throw new Error("seed import failed");
  const makeTicker = (db: Db) =>
    createReminderTicker({
      deps: { db, clock },
      sender: createOutboxSender(
        { db, clock },
        { channels: { telegram: { adapter: channel, throttle: instantThrottle() } }, logger },
      ),
      logger,
    });
  const world: World = {
    temp,
    db: temp.db,
    clock,
    channel,
    ticker: makeTicker(temp.db),
    secondTicker: async () => {
      const db = await openDatabase(temp.url);
      return { ticker: makeTicker(db), close: () => db.$disconnect() };
    },
    join: async (role, agency, name) => {
      const chatId = String(nextChat++);
      const invite = await createInvite(deps, { actor: "system", role, agencyCode: agency, ttlDays: 400 });
      const r = await redeemInvite(deps, {
        code: invite.code,
        account: {
          channel: "telegram",
          externalId: chatId,
          chatId,
          fullName: name,
          username: null,
          locale: "vi",
        },
      });
      if (r.kind !== "joined") throw new Error(r.kind);
      return { memberId: r.memberId, chatId };
    },
    report: async (agency, item, period) => {
      const a = await temp.db.assignment.findFirstOrThrow({
        where: { agency: { code: agency }, workItem: { code: item } },
      });
      const p = await temp.db.reportingPeriod.findFirstOrThrow({ where: { key: period } });
      await temp.db.progressReport.create({
        data: {
          id: randomUUID(),
          assignmentId: a.id,
          periodId: p.id,
          reference: randomUUID().slice(0, 8),
          revisions: {
            create: {
              id: randomUUID(),
              number: 1,
              status: "in-progress",
              late: false,
              channel: "cli",
              idempotencyKey: randomUUID(),
              submittedAt: clock.now(),
            },
          },
        },
      });
    },
    tickAt: async (isoLocal, ticker) => {
      clock.set(isoLocal);
      await (ticker ?? world.ticker).tick();
    },
    close: () => temp.close(),
  };
  return world;
}

/** "2023-03-08 08:00 before-7d Q1 → name": a delivered reminder in local time, for readable assertions. */
export function describeDelivery(d: Delivered, names: Map<string, string>): string {
  const local = new Date(new Date(d.at).getTime() + 7 * 3600_000)
    .toISOString()
    .slice(0, 16)
    .replace("T", " ");
  return `${local} ${d.period.key} ${d.item.code} ${d.step} → ${names.get(d.chatId) ?? d.chatId}`;
}
