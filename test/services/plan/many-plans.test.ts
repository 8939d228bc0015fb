// Agencies and people outlive a plan: the 2023 plan, its focal points, then the 2024 plan of the
// same city and a second program's plan. Nobody is re-invited, /tasks shows both programs,
// reminders go out for every active plan once, and closing the 2023 plan stops its reminders.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderTicker, type ReminderTicker } from "../../../src/scheduler/reminder-ticker.ts";
import { createOutboxSender } from "../../../src/services/outbox/create-outbox-sender.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { setPlanStatus } from "../../../src/services/plan/set-plan-status.ts";
import {
  conversationWorld,
  text,
  type ConversationWorld,
  type Person,
} from "../../conversation/conversation-world.ts";
import { instantThrottle, RecordingChannel } from "../../support/reminder-world.ts";

const PLANS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/plans");
const PLAN_2024 = path.join(PLANS, "bac-kan-2024.yaml");
const POVERTY_2024 = path.join(PLANS, "bac-kan-giam-ngheo-2024.yaml");

describe("many plans, many years", () => {
  let world: ConversationWorld;
  let ticker: ReminderTicker;
  let channel: RecordingChannel;
  const focal: Record<string, Person> = {};

  beforeAll(async () => {
    world = await conversationWorld("2023-02-01T02:00:00Z");
    channel = new RecordingChannel(world.clock);
    const deps = { db: world.temp.db, clock: world.clock };
    const logger = pino({ level: "silent" });
    const sender = createOutboxSender(deps, {
      channels: { telegram: { adapter: channel, throttle: instantThrottle() } },
      logger,
    });
    ticker = createReminderTicker({ deps, sender, logger });
    const admin = world.admin();
    for (const [i, agency] of ["LDTBXH", "VHTT"].entries()) {
      const created = text(await admin.send(`/invite focal-point ${agency}`));
      const code = /(?:Mã|Code): ([A-Za-z0-9_-]+)/.exec(created)?.[1];
      const person = world.person(String(700 + i), { channel: "telegram" });
      expect(text(await person.send(`/start ${code}`))).toMatch(/^Chào mừng/);
      focal[agency] = person;
    }
  });
  afterAll(() => world.close());

  it("imports the 2024 plan and a second program's plan onto the same agencies and people", async () => {
    const db = world.temp.db;
    const before = {
      members: await db.member.findMany({ orderBy: { id: "asc" } }),
      invites: await db.invite.count(),
      agencies: await db.agency.count(),
    };
    world.clock.set("2024-01-10T09:00");
    const deps = { db, clock: world.clock };
    const next = await importPlanFile(deps, { file: PLAN_2024 });
    expect(next.kind === "checked" && next.applied).toBe(true);
    if (next.kind !== "checked") return;
    // VHTT's new name is a rename of the known agency; the rest bind as they are.
    expect(next.agencies.filter((a) => a.kind !== "known")).toEqual([
      {
        code: "VHTT",
        kind: "renamed",
        before: "Phòng Văn hóa - Thông tin",
        after: "Phòng Văn hóa, Khoa học và Thông tin",
        mergedInto: null,
      },
    ]);
    const poverty = await importPlanFile(deps, { file: POVERTY_2024 });
    expect(poverty.kind === "checked" && poverty.applied).toBe(true);

    expect(await db.member.findMany({ orderBy: { id: "asc" } })).toEqual(before.members);
    expect(await db.invite.count()).toBe(before.invites);
    expect(await db.agency.count()).toBe(before.agencies + 1); // KT, Phòng Kinh tế
    const vhtt = await db.agency.findUniqueOrThrow({ where: { code: "VHTT" }, include: { plans: true } });
    expect(vhtt.name).toBe("Phòng Văn hóa, Khoa học và Thông tin");
    expect(vhtt.plans.map((p) => p.name).sort()).toEqual([
      "Phòng Văn hóa - Thông tin",
      "Phòng Văn hóa, Khoa học và Thông tin",
      "Phòng Văn hóa, Khoa học và Thông tin",
    ]);
    // TTVHTTTT is gone from 2024 but stays in the registry and in the 2023 plan.
    const gone = await db.agency.findUniqueOrThrow({ where: { code: "TTVHTTTT" }, include: { plans: true } });
    expect(gone.plans).toHaveLength(1);
  });

  it("lists each focal point's items of every active plan, grouped by plan", async () => {
    const tasks = text(await focal.LDTBXH!.send("/tasks"));
    expect(tasks).toContain("(bac-kan-2024)");
    expect(tasks).toContain("(bac-kan-giam-ngheo-2024)");
    const poverty = tasks.slice(tasks.indexOf("(bac-kan-giam-ngheo-2024)"));
    expect(poverty).toContain("DA4");
    expect(tasks.slice(tasks.indexOf("(bac-kan-2024)"))).toContain("DA5.TDA3");
  });

  it("asks which plan a report on DA6 is for (both programs have a DA6), then drafts it there", async () => {
    const vhtt = focal.VHTT!;
    const asked = await vhtt.send("DA6\nTiến độ: 40%");
    expect(text(asked)).toMatch(/nhiều kế hoạch/);
    const draft = await vhtt.pick(asked, /^bac-kan-giam-ngheo-2024/);
    expect(text(draft)).toMatch(/DA6/);
    expect(text(draft)).toMatch(/40/);
    expect(text(await vhtt.send("/history DA6"))).toMatch(/nhiều kế hoạch/);
    expect(text(await vhtt.send("/history DA6 bac-kan-giam-ngheo-2024"))).not.toMatch(/nhiều kế hoạch/);
  });

  it("asks which plan /summary is about when several are active; a plan code in the command picks it", async () => {
    const admin = world.admin();
    const asked = await admin.send("/summary");
    expect(text(asked)).toMatch(/nhiều kế hoạch/);
    const picked = text(await admin.pick(asked, /^bac-kan-giam-ngheo-2024/));
    expect(picked).toMatch(/Kế hoạch vốn 900 triệu đồng/);
    expect(text(await admin.send("/summary bac-kan-2024"))).toMatch(/Kế hoạch vốn 7\.042 triệu đồng/);
    expect(text(await admin.send("/overdue bac-kan-2023 2023-Q1"))).toMatch(/2023-Q1/);
  });

  it("reminds for every active plan once, and not for a closed plan", async () => {
    const db = world.temp.db;
    // 2023-Y is due 25/01/2024: a week before, the 2023 plan still reminds.
    world.clock.set("2024-01-18T09:00");
    await ticker.tick();
    const plan2023 = await db.plan.findUniqueOrThrow({ where: { code: "bac-kan-2023" } });
    const of2023 = () => db.outbox.count({ where: { kind: "reminder", planId: plan2023.id } });
    const sent2023 = await of2023();
    expect(sent2023).toBeGreaterThan(0);

    await setPlanStatus(
      { db, clock: world.clock },
      { actor: "system", code: "bac-kan-2023", status: "closed" },
    );
    world.clock.set("2024-01-22T09:00");
    await ticker.tick();
    expect(await of2023()).toBe(sent2023);

    // 2024-Q1 is due 15/03/2024 in both 2024 plans: a week before, both remind, each item once.
    world.clock.set("2024-03-08T09:00");
    await ticker.tick();
    await ticker.tick();
    const rows = await db.outbox.findMany({
      where: { kind: "reminder", period: { key: "2024-Q1" } },
      include: { plan: true, assignment: { include: { workItem: true } }, recipient: true },
    });
    const seen = rows.map(
      (r) => `${r.plan?.code} ${r.assignment?.workItem.code} ${r.step} ${r.recipient?.fullName}`,
    );
    expect(new Set(seen).size).toBe(seen.length);
    const ldtbxh = rows.filter((r) => r.recipient?.fullName === "Người 700");
    expect(new Set(ldtbxh.map((r) => `${r.plan?.code} ${r.assignment?.workItem.code}`))).toEqual(
      new Set(["bac-kan-2024 DA5.TDA3", "bac-kan-giam-ngheo-2024 DA4"]),
    );
    expect(rows.every((r) => r.plan?.code !== "bac-kan-2023")).toBe(true);
    expect(rows.filter((r) => r.status === "sent").length).toBe(rows.length);
    expect(channel.delivered.filter((d) => d.period.key === "2024-Q1")).toHaveLength(rows.length);
  });
});
