// A seeded plan with many people and a subscribed group, for outbox tests across processes.
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { openDatabase } from "../../src/db/open-database.ts";
import { importPlanFile } from "../../src/services/plan/import-plan-file.ts";
import type {
  CorrectionNoticeMessage,
  DigestMessage,
  NotificationChannel,
} from "../../src/services/outbox/notification-channel.ts";
import type {
  ReminderBatch,
  ReminderMessage,
  ReturnSummaryMessage,
  UnreachableNotice,
} from "../../src/services/reminders/reminder-channel.ts";
import type { Clock } from "../../src/services/service-deps.ts";
import { SEED_PLAN_FILE } from "./seed-plan.ts";
import { tempDatabase, type TempDatabase } from "./temp-database.ts";

/** `people` focal points spread over the agencies that report, each with a Telegram chat; `groups` digest subscriptions. */
export async function outboxWorld(o: {
  people: number;
  groups?: number;
  clock: Clock;
}): Promise<TempDatabase> {
  const temp = await tempDatabase();
  const imported = await importPlanFile({ db: temp.db, clock: o.clock }, { file: SEED_PLAN_FILE });
  if (imported.kind !== "checked" || !imported.applied) throw new Error("seed import failed");
  const agencies = await temp.db.agency.findMany({
    where: { assignments: { some: { mustReport: true } } },
    select: { id: true },
  });
  // Senders in other processes run on the real clock, at any hour: this plan's working time is
  // every day, all day (the working-time gate itself is tested in test/services/reminders).
  const plan = await temp.db.plan.update({
    where: { id: (await temp.db.plan.findFirstOrThrow()).id },
    data: {
      workingDays: "1,2,3,4,5,6,7",
      reminderPolicy: JSON.stringify({ workingHours: { start: "00:00", end: "23:59" } }),
    },
  });
  await temp.db.holiday.deleteMany({ where: { planId: plan.id } });
  for (let i = 0; i < o.people; i++) {
    const id = randomUUID();
    await temp.db.member.create({
      data: {
        id,
        fullName: `Đầu mối ${i + 1}`,
        role: "focal-point",
        agencyId: agencies[i % agencies.length]!.id,
        identities: {
          create: {
            id: randomUUID(),
            channel: "telegram",
            externalId: String(900_000 + i),
            chatId: String(900_000 + i),
          },
        },
      },
    });
  }
  for (let g = 0; g < (o.groups ?? 0); g++) {
    await temp.db.chatSubscription.create({
      data: {
        id: randomUUID(),
        planId: plan.id,
        channel: "telegram",
        chatId: String(-100 - g),
        kind: "digest",
      },
    });
  }
  return temp;
}

/** Opens a second connection to the same file (what another process would have). */
export const reopen = (url: string) => openDatabase(url);

/** A channel that records each delivery as one line in a file shared by processes: "<outboxId> <pid>". */
export class FileChannel implements NotificationChannel {
  sends = 0;
  constructor(
    private readonly file: string,
    private readonly before: (n: number) => Promise<void> = async () => undefined,
  ) {}
  private async deliver(...outboxIds: string[]): Promise<{ messageId: string }> {
    await this.before(++this.sends);
    appendFileSync(this.file, outboxIds.map((id) => `${id} ${process.pid}\n`).join(""));
    return { messageId: `${process.pid}-${this.sends}` };
  }
  sendReminder(m: ReminderMessage) {
    return this.deliver(m.outboxId);
  }
  sendReminders(b: ReminderBatch) {
    return this.deliver(...b.items.map((m) => m.outboxId));
  }
  sendReturnSummary(m: ReturnSummaryMessage) {
    return this.deliver(`return:${m.chatId}`);
  }
  notifyUnreachable(n: UnreachableNotice) {
    return this.deliver(`unreachable:${n.chatId}:${n.memberName}`);
  }
  sendCorrectionNotice(n: CorrectionNoticeMessage) {
    return this.deliver(`correction:${n.chatId}`);
  }
  sendLinkNotice(n: { chatId: string }) {
    return this.deliver(`link-notice:${n.chatId}`);
  }
  sendDigest(d: DigestMessage) {
    return this.deliver(`digest:${d.chatId}`);
  }
}

/** Deliveries per outbox id in a FileChannel's file. */
export function deliveries(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(file)) return out;
  const text = readFileSync(file, "utf8");
  for (const line of text.split("\n").filter(Boolean)) {
    const [id = "", pid = ""] = line.split(" ");
    out.set(id, [...(out.get(id) ?? []), pid]);
  }
  return out;
}
