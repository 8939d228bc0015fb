// Typed codes (Zalo has no deep links), the attempts limit, one person on several chat apps.
import { afterEach, describe, expect, it } from "vitest";
import { listMembers } from "../../src/services/people/list-members.ts";
import { removeMember } from "../../src/services/people/remove-member.ts";
import { conversationWorld, joined, text, type ConversationWorld } from "./conversation-world.ts";

const MARCH_10 = "2023-03-10T03:00:00Z";
const MINUTE = 60_000;
const codeIn = (t: string) => /(?:Mã|Code|Mã liên kết): ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(t)![1]!;

describe("typed codes and linked chat apps", () => {
  let w: ConversationWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("an invite code typed with or without its keyword joins; the invite tells how on Zalo", async () => {
    w = await conversationWorld(MARCH_10);
    const admin = w.admin();
    w.directory.register("zalo", {});
    const invite = text(await admin.send("/invite focal-point LDTBXH"));
    const code = codeIn(invite);
    expect(invite).toContain(`Nhắn cho bot Zalo: THAMGIA ${code}`);
    // Lower case, a space for the dash, "tham gia" with diacritics and a colon.
    const typed = `Tham gia: ${code.toLowerCase().replace("-", " ")}`;
    const joinedReply = await w.person("z1").send(typed);
    expect(text(joinedReply)).toMatch(
      /^Chào mừng Người z1! Anh\/chị đã tham gia với vai trò đầu mối báo cáo/,
    );
    expect(joinedReply.menuRole).toBe("focal-point");
    // The same code again from someone else: used.
    expect(text(await w.person("z2").send(`THAMGIA ${code}`))).toMatch(/^Mã mời này đã được dùng/);
    // A bare code joins too.
    const second = codeIn(text(await admin.send("/invite leader")));
    expect(text(await w.person("z3").send(second.replace("-", "")))).toMatch(/^Chào mừng Người z3!/);
    // A member's bare code-like text is not taken for a code; with the keyword it is answered.
    const third = codeIn(text(await admin.send("/invite leader")));
    expect(text(await w.person("z3").send(third))).not.toMatch(/Mã mời/);
    expect(text(await w.person("z3").send(`thamgia ${third}`))).toMatch(/^Anh\/chị đã là thành viên/);
    // Text that is not a code is not a failed attempt.
    expect(text(await w.person("z4").send("xin chào"))).toMatch(/^Xin chào! tiendo/);
    expect(await w.temp.db.codeAttempt.count({ where: { externalId: "z4" } })).toBe(0);
    // Only hashes are stored.
    const stored = await w.temp.db.invite.findMany({ select: { codeHash: true } });
    expect(stored.some((i) => i.codeHash.includes(code.replace("-", "")))).toBe(false);
  });

  it("after five wrong codes a sender waits, even with a right code; others do not", async () => {
    w = await conversationWorld(MARCH_10);
    const admin = w.admin();
    const code = codeIn(text(await admin.send("/invite focal-point LDTBXH")));
    const guesser = w.person("g1");
    for (let i = 0; i < 5; i++) {
      expect(text(await guesser.send(`THAMGIA 2222-222${i}`))).toMatch(/^Mã mời không đúng/);
      w.clock.t = new Date(w.clock.t.getTime() + MINUTE);
    }
    // 03:04Z + 15 min from the first failure (03:00Z) → 10:15 local.
    const held = text(await guesser.send(`THAMGIA ${code}`));
    expect(held).toBe(
      "Anh/chị đã nhập sai mã quá nhiều lần. Để bảo vệ tài khoản, hãy đợi đến 10/03/2023 10:15 rồi thử lại.",
    );
    expect(text(await guesser.send(`/start ${code}`))).toMatch(/^Anh\/chị đã nhập sai mã quá nhiều lần/);
    // Refusals while held are not counted: the window ends as announced.
    expect(await w.temp.db.codeAttempt.count({ where: { externalId: "g1" } })).toBe(5);
    expect(await w.temp.db.member.count({ where: { fullName: "Người g1" } })).toBe(0);
    // Someone else is not held.
    expect(text(await w.person("g2").send("THAMGIA 2222-2229"))).toMatch(/^Mã mời không đúng/);
    w.clock.t = new Date("2023-03-10T03:15:00Z");
    expect(text(await guesser.send(`THAMGIA ${code}`))).toMatch(/^Chào mừng Người g1!/);
  });

  it("a member links a second chat app with a short code; reminders stay where they were", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "tg-1", "focal-point", "LDTBXH"); // on the sandbox channel
    const asked = text(await focal.send("/link"));
    const code = codeIn(asked);
    expect(asked).toContain(`LIENKET ${code}`);
    expect(asked).toContain("hết hạn sau 10 phút (lúc 10/03/2023 10:10)");
    // Sent from the app it came from: refused, nothing changes.
    expect(text(await focal.send(`LIENKET ${code}`))).toMatch(/^Mã này cần được nhắn từ ứng dụng chat kia/);
    const onZalo = w.person("a1b2c3d4e5f6a7b8c9d0", { channel: "zalo" });
    const linkedReply = await onZalo.send(`lien ket ${code}`);
    expect(linkedReply.menuRole).toBe("focal-point");
    const linked = text(linkedReply);
    expect(linked).toBe(
      "Đã liên kết Zalo với tài khoản Người tg-1. Nhắc nhở và thông báo vẫn gửi qua chat thử nghiệm; gõ /channel để chọn ứng dụng khác.",
    );
    // The same code again, from the same app: already done; from a third account: used.
    expect(text(await onZalo.send(`LIENKET ${code}`))).toMatch(/^Ứng dụng này đã được liên kết/);
    expect(text(await w.person("other", { channel: "zalo" }).send(`LIENKET ${code}`))).toMatch(
      /^Mã liên kết này đã được dùng/,
    );
    const member = await w.temp.db.member.findFirstOrThrow({
      where: { fullName: "Người tg-1" },
      include: { identities: true },
    });
    expect(member.identities.map((i) => i.channel).sort()).toEqual(["sandbox", "zalo"]);
    expect(member.preferredChannel).toBe("sandbox");
    const listed = (await listMembers(w.deps, "system")).find((m) => m.id === member.id);
    expect(listed).toMatchObject({ channels: ["sandbox", "zalo"], preferredChannel: "sandbox" });
    // The member acts from Zalo as themselves.
    expect(text(await onZalo.send("/tasks"))).toContain("DA5.TDA3 (chủ trì)");
    expect(text(await onZalo.send("/me"))).toContain("Kênh: chat thử nghiệm (nhận nhắc nhở), Zalo");
    const audit = await w.temp.db.auditLog.findMany({
      where: { action: { in: ["link.create", "identity.link"] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["link.create", "identity.link"]);
  });

  it("/channel shows the linked apps and chooses the one reminders go to", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "tg-2", "focal-point", "LDTBXH");
    expect(text(await focal.send("/channel"))).toMatch(
      /^Anh\/chị đang dùng: chat thử nghiệm \(nhận nhắc nhở\)\. .*\/link/,
    );
    const code = codeIn(text(await focal.send("/lienket")));
    const onZalo = w.person("zz", { channel: "zalo" });
    await onZalo.send(code);
    const menu = await onZalo.send("/kenh");
    expect(text(menu)).toBe(
      "Các ứng dụng của anh/chị: chat thử nghiệm (nhận nhắc nhở), Zalo. Chọn ứng dụng nhận nhắc nhở và thông báo:",
    );
    const picked = await onZalo.pick(menu, "Zalo");
    expect(text(picked)).toMatch(/^Từ nay nhắc nhở và thông báo gửi qua Zalo\./);
    expect(text(await focal.send("/me"))).toContain("Kênh: chat thử nghiệm, Zalo (nhận nhắc nhở)");
    expect(text(await focal.send("/channel telegram"))).toMatch(/^Anh\/chị chưa liên kết ứng dụng này/);
    const change = await w.temp.db.auditLog.findFirstOrThrow({
      where: { action: "member.preferred-channel" },
    });
    expect(JSON.parse(change.data)).toEqual({ from: "sandbox", to: "zalo" });
  });

  it("a link code expires after its minutes, and a newer one replaces it", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "tg-3", "focal-point", "LDTBXH");
    const first = codeIn(text(await focal.send("/link")));
    const second = codeIn(text(await focal.send("/link")));
    const onZalo = w.person("z-3", { channel: "zalo" });
    expect(text(await onZalo.send(`LIENKET ${first}`))).toMatch(/^Mã liên kết này không còn hiệu lực/);
    w.clock.t = new Date(w.clock.t.getTime() + 11 * MINUTE);
    expect(text(await onZalo.send(`LIENKET ${second}`))).toMatch(/^Mã liên kết này đã hết hạn/);
    expect(text(await onZalo.send("LIENKET 2222-2222"))).toMatch(/^Mã liên kết không đúng/);
    expect(await w.temp.db.chatIdentity.count({ where: { channel: "zalo" } })).toBe(0);
    // Link codes are not invites: /revoke does not list them.
    expect(await w.temp.db.invite.count({ where: { purpose: "link" } })).toBe(2);
  });

  it("writing to the bot records the chat as used, and a chat marked unreachable is reachable again", async () => {
    w = await conversationWorld(MARCH_10);
    const focal = await joined(w, "back-1", "focal-point", "LDTBXH");
    const identity = await w.temp.db.chatIdentity.findFirstOrThrow({ where: { externalId: "back-1" } });
    const seen = () => w!.temp.db.session.findUnique({ where: { key: `seen:${identity.id}` } });
    await focal.send("/tasks");
    expect((await seen())?.value).toBe("2023-03-10T03:00:00.000Z");
    await w.temp.db.chatIdentity.update({
      where: { id: identity.id },
      data: { unreachableAt: w.clock.now() },
    });
    w.clock.t = new Date(w.clock.t.getTime() + 5 * MINUTE);
    await focal.send("/me");
    const after = await w.temp.db.chatIdentity.findUniqueOrThrow({ where: { id: identity.id } });
    expect(after.unreachableAt).toBeNull();
    // Written at most every ten minutes.
    expect((await seen())?.value).toBe("2023-03-10T03:00:00.000Z");
    w.clock.t = new Date(w.clock.t.getTime() + 10 * MINUTE);
    await focal.send("/me");
    expect((await seen())?.value).toBe("2023-03-10T03:15:00.000Z");
  });

  it("/subscribe in a private chat: a standing-office member gets the digests there", async () => {
    w = await conversationWorld(MARCH_10);
    const office = await joined(w, "vp-1", "standing-office");
    expect(text(await office.send("/subscribe"))).toBe(
      "Anh/chị sẽ nhận bản tổng hợp định kỳ về tiến độ kế hoạch trong cuộc trò chuyện này.",
    );
    expect(text(await office.send("/subscribe"))).toMatch(/^Anh\/chị đã đăng ký nhận bản tổng hợp/);
    const sub = await w.temp.db.chatSubscription.findFirstOrThrow();
    expect(sub).toMatchObject({ channel: "sandbox", chatId: "vp-1", title: "Người vp-1", kind: "digest" });
    const focal = await joined(w, "fp-1", "focal-point", "LDTBXH");
    expect(text(await focal.send("/subscribe"))).toMatch(/^Xin lỗi, anh\/chị không có quyền/);
    // A member removed: their private chat's digests stop.
    const member = await w.temp.db.member.findFirstOrThrow({ where: { fullName: "Người vp-1" } });
    await removeMember(w.deps, { actor: "system", memberId: member.id });
    const after = await w.temp.db.chatSubscription.findFirstOrThrow();
    expect(after.removedAt).not.toBeNull();
  });
});
