// Linking a chat app tells the member's other apps (in case it was not them), through the outbox.
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { sendDueOutbox } from "../../../src/services/outbox/send-due-outbox.ts";
import { createLinkCode } from "../../../src/services/people/create-link-code.ts";
import { linkIdentity } from "../../../src/services/people/link-identity.ts";
import { resolveActor } from "../../../src/services/people/resolve-actor.ts";
import { outboxWorld } from "../../support/outbox-world.ts";
import { instantThrottle, MovableClock, RecordingChannel } from "../../support/reminder-world.ts";
import type { TempDatabase } from "../../support/temp-database.ts";

const logger = pino({ level: "silent" });
const ZALO = {
  channel: "zalo",
  externalId: "z-1",
  chatId: "z-1",
  fullName: "Hoa",
  username: null,
  locale: "vi",
};

describe("the notice of a newly linked chat app", () => {
  let temp: TempDatabase | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  async function linkZalo() {
    const clock = new MovableClock(new Date("2023-03-08T01:00:00Z"));
    temp = await outboxWorld({ people: 1, clock });
    const deps = { db: temp.db, clock };
    const member = await temp.db.member.findFirstOrThrow({ include: { identities: true } });
    const telegramChat = member.identities[0]!.chatId!;
    const actor = await resolveActor(deps, { channel: "telegram", externalId: telegramChat });
    const { code } = await createLinkCode(deps, { actor: actor!, ttlMinutes: 10 });
    const telegram = new RecordingChannel(clock);
    const zalo = new RecordingChannel(clock);
    const send = () =>
      sendDueOutbox(deps, {
        channels: {
          telegram: { adapter: telegram, throttle: instantThrottle() },
          zalo: { adapter: zalo, throttle: instantThrottle() },
        },
        logger,
      });
    const link = () => linkIdentity(deps, { code, account: ZALO });
    return { db: temp.db, member, telegramChat, telegram, zalo, send, link };
  }

  it("goes to the app linked before, never to the new one, once", async () => {
    const w = await linkZalo();
    expect((await w.link()).kind).toBe("linked");
    expect((await w.link()).kind).toBe("linked"); // again: nothing more queued
    await w.send();
    await w.send();
    expect(w.telegram.notices).toEqual([`${w.telegramChat}:link:zalo`]);
    expect(w.zalo.notices).toEqual([]);
    const rows = await w.db.outbox.findMany({ where: { kind: "link-notice" } });
    expect(rows.map((r) => [r.status, r.channel, r.recipientMemberId])).toEqual([
      ["sent", "telegram", w.member.id],
    ]);
  });

  it("when the other app cannot be reached, it is dropped: not sent to the new app, the office not told", async () => {
    const w = await linkZalo();
    await w.db.chatIdentity.updateMany({
      where: { channel: "telegram" },
      data: { unreachableAt: new Date() },
    });
    expect((await w.link()).kind).toBe("linked");
    await w.send();
    expect(w.zalo.notices).toEqual([]);
    expect(w.telegram.notices).toEqual([]);
    const row = await w.db.outbox.findFirstOrThrow({ where: { kind: "link-notice" } });
    expect(row.status).toBe("cancelled");
    expect(await w.db.outbox.count({ where: { kind: "unreachable" } })).toBe(0);
  });
});
