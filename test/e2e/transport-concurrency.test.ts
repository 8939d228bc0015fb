// Updates of different chats are handled at the same time, those of one chat in order, each once;
// shutdown waits for the handlers of every chat in flight; kill -9 in the middle loses nothing.
import { afterEach, describe, expect, it } from "vitest";
import { startHarness, TOKEN, type Harness } from "../support/bot-harness.ts";
import { eventually, freePort, ProcessWorld, startAppProcess, webhookEnv } from "../support/app-process.ts";
import { FakeTelegram } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { tempDatabase } from "../support/temp-database.ts";

/** A chat's replies show the order its updates were handled in (the language switches). */
const SCRIPT = ["/lang en", "/help", "/lang vi", "/help"];
const ANSWERS = [/^Switched to English\.$/, /^Your commands:/, /^Đã chuyển sang Tiếng Việt\.$/, /^Các lệnh/];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function sentTo(tg: FakeTelegram, chatId: number): string[] {
  return tg.messagesTo(chatId).map((m) => m.text ?? "");
}

describe("concurrent handling across chats (polling, in process)", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("12 chats × 4 interleaved messages: other chats go on while one waits; each chat's answers in order, once", async () => {
    h = await startHarness({ env: { UPDATE_CONCURRENCY: "4" } });
    const tg = h.tg;
    const chats = Array.from({ length: 12 }, () => h!.chat(aUser()));
    tg.answers.stallNext("sendMessage", 3000); // the first reply hangs for a while
    for (const text of SCRIPT) for (const c of chats) await c.send(text);
    for (const c of chats)
      await tg.waitForMessage(c.user.id, () => sentTo(tg, c.user.id).length >= 4, 90_000);
    await sleep(1000); // time for any duplicate to show

    for (const c of chats) {
      const replies = sentTo(tg, c.user.id);
      expect(replies).toHaveLength(SCRIPT.length);
      replies.forEach((text, i) => expect(text).toMatch(ANSWERS[i]!));
    }
    // The chat whose reply hung did not hold the others up.
    const stalledChat = Number(tg.calls.find((c) => c.method === "sendMessage")?.params.chat_id);
    const firstToStalled = tg.messages.findIndex((m) => m.chat_id === stalledChat);
    expect(firstToStalled).toBeGreaterThan(0);
    const processed = await h.temp.db.processedUpdate.groupBy({ by: ["status"], _count: true });
    expect(processed).toEqual([{ status: "done", _count: 48 }]);
  }, 120_000);

  it("graceful shutdown waits for the handlers in flight in several chats, and those queued behind them", async () => {
    h = await startHarness({ env: { UPDATE_CONCURRENCY: "4" } });
    const tg = h.tg;
    const chats = Array.from({ length: 4 }, () => h!.chat(aUser()));
    for (let i = 0; i < chats.length; i++) tg.answers.stallNext("sendMessage", 1500);
    for (const c of chats) await c.send("/lang en");
    for (const c of chats) await c.send("/help"); // queued behind each chat's first update
    await eventually(
      async () => (tg.calls.filter((c) => c.method === "sendMessage").length >= 4 ? true : undefined),
      60_000,
      "four handlers replying",
    );
    expect(await h.temp.db.processedUpdate.count({ where: { status: "handling" } })).toBe(8);
    await h.app.stop();
    for (const c of chats) {
      const replies = sentTo(tg, c.user.id);
      expect(replies).toHaveLength(2);
      expect(replies[0]).toMatch(ANSWERS[0]!);
      expect(replies[1]).toMatch(ANSWERS[1]!);
    }
    const processed = await h.temp.db.processedUpdate.groupBy({ by: ["status"], _count: true });
    expect(processed).toEqual([{ status: "done", _count: 8 }]);
  }, 120_000);
});

describe("kill -9 while several chats are being handled (webhook, a process of its own)", () => {
  const world = new ProcessWorld();
  afterEach(() => world.stop());

  it("every update claimed before the kill is handled after restart from its stored payload, once, in order", async () => {
    const tg = (world.tg = await new FakeTelegram(TOKEN).start());
    const temp = (world.temp = await tempDatabase());
    const port = await freePort();
    const env = webhookEnv({
      databaseUrl: temp.url,
      apiRoot: tg.apiRoot,
      port,
      extra: { UPDATE_CONCURRENCY: "4" },
    });
    const first = await startAppProcess(env);
    world.apps.push(first);
    await first.ready();

    const chats = Array.from({ length: 3 }, () => new PrivateChat(tg!, aUser()));
    for (let i = 0; i < chats.length; i++) tg.answers.stallNext("sendMessage", 120_000); // replies hang
    for (const c of chats) await c.send(SCRIPT[0]!);
    for (const c of chats) await c.send(SCRIPT[1]!); // claimed, waiting behind the hung ones
    await eventually(
      async () => (tg.calls.filter((c) => c.method === "sendMessage").length >= 3 ? true : undefined),
      30_000,
      "three handlers replying",
    );
    expect(await temp.db.processedUpdate.count({ where: { status: "handling" } })).toBe(6);
    await first.kill("SIGKILL");
    for (const c of chats) expect(sentTo(tg, c.user.id)).toHaveLength(0);

    const second = await startAppProcess(env);
    world.apps.push(second);
    await second.ready();
    for (const c of chats)
      await tg.waitForMessage(c.user.id, () => sentTo(tg!, c.user.id).length >= 2, 120_000);
    await sleep(2000);
    for (const c of chats) {
      const replies = sentTo(tg, c.user.id);
      expect(replies).toHaveLength(2);
      expect(replies[0]).toMatch(ANSWERS[0]!);
      expect(replies[1]).toMatch(ANSWERS[1]!);
    }
    const processed = await temp.db.processedUpdate.groupBy({ by: ["status"], _count: true });
    expect(processed).toEqual([{ status: "done", _count: 6 }]);
  }, 240_000);
});
