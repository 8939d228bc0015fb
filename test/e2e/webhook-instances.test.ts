// A webhook process killed (kill -9) in the middle of handling an update it already answered:
// the update was stored with its claim, and the next process handles it from there, once.
import { afterEach, describe, expect, it } from "vitest";
import { TOKEN } from "../support/bot-harness.ts";
import { eventually, freePort, ProcessWorld, startAppProcess, webhookEnv } from "../support/app-process.ts";
import { FakeTelegram } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { tempDatabase } from "../support/temp-database.ts";

describe("webhook process killed while handling", () => {
  const world = new ProcessWorld();
  afterEach(() => world.stop());

  it("the update is handled after restart from the stored payload, once", async () => {
    const tg = (world.tg = await new FakeTelegram(TOKEN).start());
    const temp = (world.temp = await tempDatabase());
    const port = await freePort();
    const env = webhookEnv({ databaseUrl: temp.url, apiRoot: tg.apiRoot, port });
    const first = await startAppProcess(env);
    world.apps.push(first);
    await first.ready();
    expect((await first.health())?.body).toMatchObject({ ok: true, mode: "webhook", role: "webhook" });

    tg.answers.stallNext("sendMessage", 120_000); // the handler hangs on its reply
    const user = new PrivateChat(tg, aUser());
    const updateId = await user.send("/start"); // the webhook answered 200: Telegram will not send it again
    const where = { channel_updateId: { channel: "telegram", updateId: String(updateId) } };
    await eventually(
      async () => (tg.calls.some((c) => c.method === "sendMessage") ? true : undefined),
      20_000,
      "the handler is replying",
    );
    expect(await temp.db.processedUpdate.findUnique({ where })).toMatchObject({ status: "handling" });
    await first.kill("SIGKILL");
    expect(tg.messagesTo(user.user.id)).toHaveLength(0);

    const restartedAt = Date.now();
    const second = await startAppProcess(env);
    world.apps.push(second);
    await second.ready();
    await tg.waitForMessage(user.user.id, () => true, 90_000);
    console.log(
      `update left by a killed process handled ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after restart`,
    );
    await new Promise((r) => setTimeout(r, 2000));
    expect(tg.messagesTo(user.user.id)).toHaveLength(1);
    expect(await temp.db.processedUpdate.findUnique({ where })).toMatchObject({
      status: "done",
      payload: null,
    });
  }, 180_000);
});
