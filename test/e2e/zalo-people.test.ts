// Telegram and Zalo in one process, both over their fake servers: joining by typed code on Zalo,
// linking a member's two apps, reminders routed to the preferred app and falling back, and the
// limit on wrong codes.
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { inviteCodeIn } from "../support/bot-harness.ts";
import { aUser, type PrivateChat } from "../support/fake-telegram/telegram-users.ts";
import type { ZaloChat } from "../support/fake-zalo/zalo-chat.ts";
import { expectWithinZaloLimits, startZaloHarness, type ZaloHarness } from "../support/zalo-harness.ts";

const REMINDER = /^⏰ Nhắc báo cáo/;
const LINK_NOTICE = /vừa được liên kết với/;

async function invite(h: ZaloHarness, what: string): Promise<{ text: string; code: string }> {
  const text = await h.chat(h.admin).ask(`/invite ${what}`);
  return { text, code: inviteCodeIn(text) };
}

async function joinOnTelegram(h: ZaloHarness, what: string, name: string): Promise<PrivateChat> {
  const { code } = await invite(h, what);
  const chat = h.chat(aUser({ first_name: name }));
  expect(await chat.ask(`/start ${code}`)).toMatch(/^Chào mừng/);
  return chat;
}

/** A Telegram member links a Zalo account with /link and "LIENKET <code>". */
async function linkZalo(h: ZaloHarness, tg: PrivateChat, name: string): Promise<ZaloChat> {
  const asked = await tg.ask("/link");
  const code = /LIENKET (\S+)/.exec(asked)![1]!;
  const zalo = h.zaloChat(name);
  expect(await zalo.ask(`LIENKET ${code}`)).toMatch(new RegExp(`^Đã liên kết Zalo với tài khoản ${name} `));
  // The app that was there first is told (the outbox sends it there, not to Zalo).
  const notice = await tg.next((m) => LINK_NOTICE.test(m.text ?? ""));
  expect(notice.text).toMatch(
    /^🔐 Tài khoản của anh\/chị vừa được liên kết với Zalo lúc \d\d\/\d\d\/2023 \d\d:\d\d; nếu không phải anh\/chị, hãy báo cơ quan thường trực\.$/,
  );
  return zalo;
}

const remindersOn = (h: ZaloHarness, tg: PrivateChat, zalo: ZaloChat) => ({
  telegram: h.tg.messagesTo(tg.user.id).filter((m) => REMINDER.test(m.text ?? "")).length,
  zalo: h.zalo.sent.filter((m) => m.chat_id === zalo.user.id && REMINDER.test(m.text ?? "")).length,
});

describe("Telegram and Zalo together, over both fake servers", () => {
  let h: ZaloHarness | undefined;
  afterEach(async () => {
    if (h) expectWithinZaloLimits(h);
    await h?.stop();
    h = undefined;
  });

  it("people invited on Telegram join on Zalo by typing THAMGIA and the code, or the code alone", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const first = await invite(h, "focal-point LDTBXH");
    expect(first.text).toContain(`Nhắn cho bot Zalo: THAMGIA ${first.code}`);
    expect(first.text).toContain(`https://t.me/`); // Telegram still has its deep link
    const hoa = h.zaloChat("Hoa");
    expect(await hoa.ask(`THAMGIA ${first.code}`)).toMatch(
      /^Chào mừng Hoa! .*đầu mối báo cáo của Phòng Lao động/,
    );
    expect(await hoa.ask("/tasks")).toContain("DA5.TDA3 (chủ trì)");

    const second = await invite(h, "focal-point TP");
    const lan = h.zaloChat("Lan");
    expect(await lan.ask(second.code)).toMatch(/^Chào mừng Lan!/);

    const third = await invite(h, "leader");
    const minh = h.zaloChat("Minh");
    expect(await minh.ask(third.code.toLowerCase().replace("-", ""))).toMatch(/^Chào mừng Minh!/);
    // Used already: a clear answer, nobody joins twice.
    expect(await h.zaloChat("Khác").ask(`thamgia ${third.code}`)).toMatch(/^Mã mời này đã được dùng/);

    // An invite code of the first kind (22 characters, made before codes were short) still joins.
    const old = "AbCdEfGhIj-KlMnOpQr_sT";
    const codeHash = createHash("sha256").update(old).digest("hex");
    const expiresAt = new Date("2023-04-01T00:00:00Z");
    await h.temp.db.invite.create({ data: { id: "old-invite", codeHash, role: "leader", expiresAt } });
    expect(await h.zaloChat("Cũ").ask(old)).toMatch(/^Chào mừng Cũ!/);

    // A standing-office member on Zalo invites from Zalo: the code and the THAMGIA line, no
    // "bot name unknown".
    const office = h.zaloChat("Văn phòng");
    expect(await office.ask((await invite(h, "standing-office")).code)).toMatch(/^Chào mừng/);
    const fromZalo = await office.ask("/invite focal-point VHTT");
    expect(fromZalo).not.toContain("chưa biết tên bot");
    const code = inviteCodeIn(fromZalo);
    expect(fromZalo).toContain(`Nhắn cho bot Zalo: THAMGIA ${code}`);
    expect(fromZalo).toContain(`https://t.me/`); // Telegram runs too: its link is given as well
    expect(await h.zaloChat("Vân").ask(`THAMGIA ${code}`)).toMatch(/^Chào mừng Vân!/);
  });

  it("a Telegram member links Zalo with /link and LIENKET; /me shows both; /channel by number picks Zalo", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const tg = await joinOnTelegram(h, "focal-point LDTBXH", "Hoa");
    const zalo = await linkZalo(h, tg, "Hoa");
    expect(await tg.ask("/me")).toContain("Kênh: Telegram (nhận nhắc nhở), Zalo");
    expect(await zalo.ask("/me")).toContain("Kênh: Telegram (nhận nhắc nhở), Zalo");
    const menu = await zalo.ask("/channel");
    expect(menu).toMatch(/^Các ứng dụng của anh\/chị: Telegram \(nhận nhắc nhở\), Zalo\./);
    const zaloNumber = /(\d+) — Zalo/.exec(menu)![1]!;
    expect(await zalo.ask(zaloNumber)).toMatch(/^Từ nay nhắc nhở và thông báo gửi qua Zalo\./);
    expect(await tg.ask("/me")).toContain("Kênh: Telegram, Zalo (nhận nhắc nhở)");
    expect(await zalo.ask("/tasks")).toContain("DA5.TDA3 (chủ trì)");
    await h.app.outbox!.drain();
    expect(h.zalo.sent.filter((m) => LINK_NOTICE.test(m.text ?? ""))).toEqual([]);
    expect(
      await h.temp.db.outbox.findMany({
        where: { kind: "link-notice" },
        select: { status: true, channel: true },
      }),
    ).toEqual([{ status: "sent", channel: "telegram" }]);
  });

  it("a Zalo member links Telegram through the deep link /link gives; Zalo is told", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const zalo = h.zaloChat("Hoa");
    expect(await zalo.ask(`THAMGIA ${(await invite(h, "focal-point LDTBXH")).code}`)).toMatch(/^Chào mừng/);
    const asked = await zalo.ask("/link");
    const deepLink = /https:\/\/t\.me\/\S+\?start=(\S+)/.exec(asked);
    expect(deepLink).not.toBeNull();
    const tg = h.chat(aUser({ first_name: "Hoa" }));
    expect(await tg.ask(`/start ${deepLink![1]!}`)).toMatch(
      /^Đã liên kết Telegram với tài khoản Hoa\. Nhắc nhở và thông báo vẫn gửi qua Zalo/,
    );
    expect((await zalo.next()).text).toMatch(
      /^🔐 Tài khoản của anh\/chị vừa được liên kết với Telegram lúc 07\/03\/2023 10:0\d; /,
    );
    await h.app.outbox!.drain();
    expect(h.tg.messagesTo(tg.user.id).filter((m) => LINK_NOTICE.test(m.text ?? ""))).toEqual([]);
  });

  it("a person on both apps gets each reminder once, on the preferred one; blocked there, on the other", async () => {
    h = await startZaloHarness({ at: "2023-03-07T03:00:00Z" });
    const office = await joinOnTelegram(h, "standing-office", "Văn phòng");
    const tg = await joinOnTelegram(h, "focal-point LDTBXH", "Hoa");
    const zalo = await linkZalo(h, tg, "Hoa");
    const menu = await zalo.ask("/channel");
    await zalo.ask(/(\d+) — Zalo/.exec(menu)![1]!);

    h.clock.set("2023-03-08T08:00:00");
    await h.app.reminders!.tick();
    await h.app.outbox!.drain();
    expect((await zalo.next()).text).toMatch(REMINDER);
    expect(remindersOn(h, tg, zalo)).toEqual({ telegram: 0, zalo: 1 });

    // Hoa blocks the bot on Zalo (the fake answers 403 as Zalo does): the next step goes to Telegram.
    h.zalo.blocked.add(zalo.user.id);
    h.clock.set("2023-03-14T08:00:00"); // the 1-day step
    await h.app.reminders!.tick();
    await h.app.outbox!.drain();
    expect((await tg.next((m) => REMINDER.test(m.text ?? ""))).text).toMatch(/còn 1 ngày/);
    await h.app.outbox!.drain();
    expect(remindersOn(h, tg, zalo)).toEqual({ telegram: 1, zalo: 1 });
    expect(h.zalo.refusals.filter((r) => r.code === 403)).toHaveLength(1);
    const zaloIdentity = await h.temp.db.chatIdentity.findFirstOrThrow({ where: { channel: "zalo" } });
    expect(zaloIdentity.unreachableAt).not.toBeNull();
    // Every outbox key sent once; the office is not told "unreachable" while Telegram works.
    const rows = await h.temp.db.outbox.findMany({ where: { kind: "reminder" }, orderBy: { dueAt: "asc" } });
    expect(rows.map((r) => [r.status, r.channel])).toEqual([
      ["sent", "zalo"],
      ["sent", "telegram"],
    ]);
    expect(await h.temp.db.outbox.count({ where: { kind: "unreachable" } })).toBe(0);
    expect(h.tg.messagesTo(office.user.id).filter((m) => /Không gửi được/.test(m.text ?? ""))).toEqual([]);
    expect(await tg.ask("/me")).toContain("Kênh: Telegram (nhận nhắc nhở), Zalo (không gửi được)");

    // Blocked on Telegram too: now the office hears, once.
    h.tg.blocked.add(tg.user.id);
    h.clock.set("2023-03-15T08:00:00");
    await h.app.reminders!.tick();
    await h.app.outbox!.drain();
    expect((await office.next((m) => /^Không gửi được/.test(m.text ?? ""))).text).toMatch(/Hoa/);
    expect(remindersOn(h, tg, zalo)).toEqual({ telegram: 1, zalo: 1 });
  });

  it("too many wrong codes from one Zalo sender: told to wait, the right code refused until the window passes", async () => {
    h = await startZaloHarness({
      at: "2023-03-07T03:00:00Z",
      env: { CODE_ATTEMPTS_MAX: "3", CODE_ATTEMPTS_WINDOW_MINUTES: "2" },
    });
    const { code } = await invite(h, "focal-point LDTBXH");
    const guesser = h.zaloChat("Đoán");
    for (const wrong of ["2222-2222", "THAMGIA 3333-3333", "4444 4444"])
      expect(await guesser.ask(wrong)).toMatch(/^Mã mời không đúng/);
    expect(await guesser.ask(`THAMGIA ${code}`)).toMatch(/^Anh\/chị đã nhập sai mã quá nhiều lần\. .*10:02/);
    expect(await guesser.ask(code)).toMatch(/^Anh\/chị đã nhập sai mã quá nhiều lần/);
    // Someone else is not held.
    expect(await h.zaloChat("Khác").ask("5555-5555")).toMatch(/^Mã mời không đúng/);
    h.clock.set("2023-03-07T10:03:00");
    expect(await guesser.ask(`THAMGIA ${code}`)).toMatch(/^Chào mừng Đoán!/);
    expect(await h.temp.db.member.count({ where: { fullName: "Đoán" } })).toBe(1);
  });
});
