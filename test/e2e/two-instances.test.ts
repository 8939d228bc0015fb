// Two app processes (`npm start`) on one SQLite file, polling one bot: exactly one polls, the
// other stands by and takes over within a minute when the poller is killed with kill -9.
import { afterEach, describe, expect, it } from "vitest";
import { TOKEN } from "../support/bot-harness.ts";
import { eventually, startAppProcess, type AppProcess } from "../support/app-process.ts";
import { FakeTelegram } from "../support/fake-telegram/fake-telegram-server.ts";
import { aUser, PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import { tempDatabase, type TempDatabase } from "../support/temp-database.ts";

describe("two app processes on one database (polling)", () => {
  let tg: FakeTelegram | undefined;
  let temp: TempDatabase | undefined;
  let apps: AppProcess[] = [];
  afterEach(async () => {
    await Promise.all(apps.map((a) => a.kill("SIGKILL")));
    apps = [];
    await tg?.stop();
    await temp?.close();
  });

  it("exactly one polls, each update is answered once; kill -9 of the poller: the other takes over", async () => {
    tg = await new FakeTelegram(TOKEN).start();
    temp = await tempDatabase();
    const admin = aUser({ first_name: "Quản trị" });
    const env = {
      DATABASE_URL: temp.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      ADMIN_TELEGRAM_IDS: String(admin.id),
      REMINDERS_ENABLED: "false",
    };
    // Both started at the same instant.
    apps = await Promise.all([startAppProcess(env), startAppProcess(env)]);
    await Promise.all(apps.map((a) => a.ready()));
    const roles = await eventually(
      async () => {
        const hs = await Promise.all(apps.map((a) => a.health()));
        const rs = hs.map((h) => h?.body.role);
        return rs.includes("poller") && rs.includes("standby") ? hs : undefined;
      },
      30_000,
      "one poller and one standby",
    );
    for (const h of roles) expect(h?.status).toBe(200);
    const poller = apps[roles.findIndex((h) => h?.body.role === "poller")]!;
    const standby = apps.find((a) => a !== poller)!;
    expect((await poller.health())?.body).toMatchObject({ ok: true, role: "poller", polling: true });
    expect((await standby.health())?.body).toMatchObject({ ok: true, role: "standby", polling: false });

    // Several people write at once: each is answered once.
    const people = Array.from({ length: 5 }, () => new PrivateChat(tg!, aUser()));
    await Promise.all(people.map((p) => p.send("/start")));
    const chat = new PrivateChat(tg, admin);
    expect(await chat.ask("/me")).toContain("quản trị viên");
    for (const p of people) await tg.waitForMessage(p.user.id);
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of people) expect(tg.messagesTo(p.user.id)).toHaveLength(1);
    expect(tg.polls.conflicts).toBe(0);

    // kill -9 the poller: the standby takes over and answers.
    const killedAt = Date.now();
    await poller.kill("SIGKILL");
    const late = new PrivateChat(tg, aUser());
    await late.send("/start");
    await tg.waitForMessage(late.user.id, () => true, 60_000);
    const takeoverMs = Date.now() - killedAt;
    console.log(`takeover after kill -9 of the poller: ${(takeoverMs / 1000).toFixed(1)} s`);
    expect(takeoverMs).toBeLessThan(60_000);
    expect((await standby.health())?.body).toMatchObject({ ok: true, role: "poller", polling: true });
    expect(tg.messagesTo(late.user.id)).toHaveLength(1);
    expect(tg.polls.conflicts).toBe(0);
    const processed = await temp.db.processedUpdate.groupBy({ by: ["status"], _count: true });
    expect(processed).toEqual([{ status: "done", _count: 7 }]);
  }, 180_000);
});
