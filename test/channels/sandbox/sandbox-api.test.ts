// The sandbox's HTTP API on a real SQLite file: joining through the invite flow, inputs read into
// the conversation's Inputs, validation, the local-only checks, the clock and the reset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatMessage } from "../../../src/channels/sandbox/sandbox-chats.ts";
import { readTyped } from "../../../src/channels/sandbox/sandbox-api.ts";
import {
  json,
  startSandboxHarness,
  type SandboxHarness,
  type SandboxState,
} from "./support/sandbox-harness.ts";

const LDTBXH = "focal-point:LDTBXH";
let h: SandboxHarness;

beforeAll(async () => {
  h = await startSandboxHarness();
});
afterAll(() => h.stop());

async function input(text: string, persona = LDTBXH): Promise<ChatMessage[]> {
  const res = await h.post("/api/input", { persona, input: { kind: "text", text } });
  expect(res.status).toBe(200);
  return json<ChatMessage[]>(res);
}

describe("sandbox API", () => {
  it("lists the personas in Vietnamese (English on request), none joined", async () => {
    const state = await json<SandboxState>(await fetch(`${h.base}/api/state`));
    expect(state.nowLabel).toBe("12/06/2023 08:00");
    const labels = state.personas.map((p) => p.label);
    expect(labels).toContain("Phòng Lao động - Thương binh và Xã hội — đầu mối");
    expect(labels).toContain("Lãnh đạo UBND thành phố");
    expect(labels).toContain("Văn phòng HĐND-UBND thành phố — cơ quan thường trực");
    expect(labels).toContain("Quản trị viên");
    expect(state.personas.every((p) => !p.joined)).toBe(true);
    const en = await json<SandboxState>(await fetch(`${h.base}/api/state?lang=en`));
    expect(en.personas.map((p) => p.label)).toContain("Administrator");
  });

  it("joins through an invite: a real member with a sandbox identity, greeted by the conversation", async () => {
    const res = await h.post("/api/join", { persona: LDTBXH });
    expect(res.status).toBe(200);
    const state = await json<SandboxState>(res);
    expect(state.personas.find((p) => p.id === LDTBXH)?.joined).toBe(true);
    const member = await h.database.db.member.findFirstOrThrow({
      include: { identities: true, agency: true, invitesUsed: true },
    });
    expect(member.role).toBe("focal-point");
    expect(member.agency?.code).toBe("LDTBXH");
    expect(member.identities.map((i) => [i.channel, i.externalId, i.chatId])).toEqual([
      ["sandbox", LDTBXH, LDTBXH],
    ]);
    expect(member.invitesUsed).toHaveLength(1);
    const history = await json<ChatMessage[]>(
      await fetch(`${h.base}/api/messages?persona=${encodeURIComponent(LDTBXH)}`),
    );
    expect(history.map((m) => m.text)).toContain(
      "Xin chào Phòng Lao động - Thương binh và Xã hội — đầu mối!",
    );
    // Joining again changes nothing.
    await h.post("/api/join", { persona: LDTBXH });
    expect(await h.database.db.member.count()).toBe(1);
  });

  it("reads commands and texts, answers with the conversation's reply", async () => {
    const [answer] = await input("/tasks");
    expect(answer?.text).toContain("DA5.TDA3: 5.893 triệu đồng");
    expect(h.sandbox.chats.history(LDTBXH).some((m) => m.from === "person" && m.text === "/tasks")).toBe(
      true,
    );
    expect(readTyped("/history DA5.TDA3 2023-Q2", undefined)).toEqual({
      kind: "command",
      name: "history",
      args: "DA5.TDA3 2023-Q2",
    });
    expect(readTyped("/Tasks@bot", undefined)).toEqual({ kind: "command", name: "tasks", args: "" });
    expect(readTyped("DA5.TDA3\nTiến độ: 60%", "m1")).toEqual({
      kind: "text",
      text: "DA5.TDA3\nTiến độ: 60%",
      replyTo: "m1",
    });
  });

  it("a choice edits the message that offered it; an unknown origin is refused", async () => {
    const [offer] = await input("/pick");
    expect(offer?.choices?.[0]?.[0]?.payload).toBe("pick:yes");
    const ok = await h.post("/api/input", {
      persona: LDTBXH,
      input: { kind: "choice", payload: "pick:yes", originId: offer?.id },
    });
    expect(ok.status).toBe(200);
    const edited = h.sandbox.chats.find(LDTBXH, offer?.id ?? "");
    expect(edited?.text).toBe("Đã chọn: Có");
    expect(edited?.choices).toBeUndefined();
    const bad = await h.post("/api/input", {
      persona: LDTBXH,
      input: { kind: "choice", payload: "pick:yes", originId: "nope" },
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toBe("Yêu cầu không hợp lệ.");
  });

  it("bad input gets a clear, localised answer and changes nothing", async () => {
    const before = h.sandbox.chats.history(LDTBXH).length;
    const empty = await h.post("/api/input", { persona: LDTBXH, input: { kind: "text", text: "   " } });
    expect(empty.status).toBe(400);
    expect((await json(empty)).error).toMatch(/^Tin nhắn trống hoặc quá dài/);
    const long = await h.post("/api/input?lang=en", {
      persona: LDTBXH,
      input: { kind: "text", text: "x".repeat(10_001) },
    });
    expect((await json(long)).error).toMatch(/^The message is empty or too long/);
    const who = await h.post("/api/input", {
      persona: "focal-point:NOPE",
      input: { kind: "text", text: "hi" },
    });
    expect((await json(who)).error).toBe("Không có vai này trong kế hoạch hiện tại.");
    const payload = await h.post("/api/input", {
      persona: LDTBXH,
      input: { kind: "choice", payload: "é", originId: "x" },
    });
    expect(payload.status).toBe(400);
    expect(h.sandbox.chats.history(LDTBXH).length).toBe(before);
  });

  it("only this machine's pages: another Host or Origin is refused, a POST must be JSON", async () => {
    const { request } = await import("node:http");
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${h.base}/api/state`, { headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    expect(await status({ host: "evil.example:80" })).toBe(403);
    expect(await status({ origin: "http://evil.example" })).toBe(403);
    expect(await status({ host: `localhost:${h.sandbox.port}` })).toBe(200);
    const form = await fetch(`${h.base}/api/reset`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "a=1",
    });
    expect(form.status).toBe(415);
    expect(await h.database.db.member.count()).toBe(1);
  });

  it("moves the clock forward (hours, days), never back; the page hears it", async () => {
    const heard: string[] = [];
    const off = h.sandbox.chats.subscribe((e) => e.type === "clock" && heard.push(e.now));
    const res = await h.post("/api/clock", { unit: "days", amount: 4 });
    expect((await json<SandboxState>(res)).nowLabel).toBe("16/06/2023 08:00");
    await h.post("/api/clock", { unit: "hours", amount: 2 });
    expect(heard).toHaveLength(2);
    const back = await h.post("/api/clock", { unit: "days", amount: -1 });
    expect(back.status).toBe(400);
    off();
  });

  it("reminders and digests reach a sandbox chat live; a chat that is not the sandbox's is refused", async () => {
    const seen: string[] = [];
    const off = h.sandbox.chats.subscribe((e) => e.type === "message" && seen.push(e.message.text ?? ""));
    await h.sandbox.notifications.sendReminder({
      outboxId: "o1",
      step: "after-1d",
      chatId: LDTBXH,
      locale: "vi",
      audience: "focal-point",
      agency: { code: "LDTBXH", name: "Phòng Lao động - Thương binh và Xã hội" },
      item: { code: "DA5.TDA3", title: "Hỗ trợ việc làm" },
      period: { key: "2023-Q2", label: "quý II năm 2023", dueDate: "2023-06-15" },
      daysLate: 1,
    });
    expect(seen[0]).toContain("Nhắc báo cáo: quý II năm 2023 (2023-Q2)");
    expect(seen[0]).toContain("Hạn: 15/06/2023, đã quá hạn 1 ngày");
    await h.sandbox.notifications.sendLinkNotice({
      chatId: LDTBXH,
      locale: "vi",
      channel: "zalo",
      at: new Date("2023-06-16T03:00:00Z"),
      timezone: "Asia/Ho_Chi_Minh",
    });
    expect(seen[1]).toBe(
      "🔐 Tài khoản của anh/chị vừa được liên kết với Zalo lúc 16/06/2023 10:00; nếu không phải anh/chị, hãy báo cơ quan thường trực.",
    );
    await expect(
      h.sandbox.notifications.notifyUnreachable({
        chatId: "123456789",
        locale: "vi",
        memberName: "A",
        agencyName: null,
      }),
    ).rejects.toThrow("not a sandbox chat");
    off();
  });

  it("the standing office is subscribed on joining: a digest arrives on the next tick", async () => {
    await h.post("/api/join", { persona: "office" });
    const subscription = await h.database.db.chatSubscription.findFirstOrThrow();
    expect([subscription.channel, subscription.chatId]).toEqual(["sandbox", "office"]);
    await h.post("/api/clock", { unit: "days", amount: 3 }); // Monday 19/06: the weekly digest
    expect(h.sandbox.chats.history("office").some((m) => m.text?.startsWith("📊 Tổng hợp"))).toBe(true);
  });

  it("files: served once kept, PNG inline, others as attachments", async () => {
    const [xlsx, png] = await input("/export", "office");
    const a = await fetch(`${h.base}/api/file?id=${xlsx?.file?.id ?? ""}`);
    expect(a.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''.*\.xlsx$/);
    expect(
      Buffer.from(await a.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const b = await fetch(`${h.base}/api/file?id=${png?.file?.id ?? ""}&inline=1`);
    expect(b.headers.get("content-type")).toBe("image/png");
    expect(b.headers.get("content-disposition")).toMatch(/^inline/);
    expect((await fetch(`${h.base}/api/file?id=nope`)).status).toBe(404);
  });

  it("reset: starts over from the bundled plan, the clock back at SANDBOX_CLOCK, chats empty", async () => {
    const res = await h.post("/api/reset", {});
    const state = await json<SandboxState>(res);
    expect(state.nowLabel).toBe("12/06/2023 08:00");
    expect(state.personas.every((p) => !p.joined)).toBe(true);
    expect(await h.database.db.member.count()).toBe(0);
    expect(await h.database.db.plan.count()).toBe(1);
    expect(await h.database.db.workItem.count()).toBeGreaterThan(20);
    expect(h.sandbox.chats.history(LDTBXH)).toEqual([]);
  });
});
