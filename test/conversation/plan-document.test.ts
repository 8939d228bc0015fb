// A plan document sent in the chat: the review and the draft file come back, one choice imports
// it as a draft plan (once), a restart in between loses nothing, other people's files are unchanged.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { Input, Output, Reply } from "../../src/conversation/conversation-types.ts";
import { createConversation } from "../../src/conversation/create-conversation.ts";
import { AppError } from "../../src/services/app-error.ts";
import { resolvePlan } from "../../src/services/plan/resolve-plan.ts";
import { fixture } from "../support/plan-draft.ts";
import { choiceIn, conversationWorld, joined, text, type ConversationWorld } from "./conversation-world.ts";

const MARCH_10 = "2023-03-10T03:00:00Z";
const IMPORT = "Nhập làm kế hoạch nháp";

/** A world whose sandbox channel hands over the files it was given. */
async function world() {
  const w = await conversationWorld(MARCH_10);
  const files = new Map<string, Uint8Array>();
  const downloadFile = async (id: string) => {
    const bytes = files.get(id);
    if (bytes === undefined) throw new AppError("file-gone");
    return bytes;
  };
  w.directory.register("sandbox", { downloadFile });
  w.directory.register("telegram", { downloadFile });
  const document = (name: string, bytes: Uint8Array = readFileSync(fixture(name))): Input => {
    const fileId = `f${files.size + 1}`;
    files.set(fileId, bytes);
    return { kind: "file", file: { kind: "document", fileId, fileName: name, sizeBytes: bytes.byteLength } };
  };
  return { w, document };
}

const yamlOf = (reply: Reply) =>
  reply.outputs.filter((o): o is Extract<Output, { kind: "file" }> => o.kind === "file");

describe("a plan document sent in the chat", { timeout: 120_000 }, () => {
  let w: ConversationWorld | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("review, draft file, import as a draft plan once; a restart in between; the current plan stays", async () => {
    const made = await world();
    w = made.w;
    const office = await joined(w, "10", "standing-office");
    const reply = await office.handle(made.document("bac-kan-2024.md"));
    const said = text(reply);
    expect(said).toContain("Đã đọc bac-kan-2024.md: 59 đoạn");
    expect(said).toContain("Các dòng vốn khớp với tổng văn bản nêu.");
    expect(said).toContain("Bản nháp hợp lệ theo plan validate.");
    const [file] = yamlOf(reply);
    expect(file).toMatchObject({ format: "yaml", fileName: "bac-kan-2024.yaml" });
    expect(new TextDecoder().decode(file!.bytes)).toContain("code: bac-kan-2024");
    expect(await w.temp.db.session.count({ where: { key: { startsWith: "plan-draft:" } } })).toBe(1);

    // Another process (a restart) takes the choice: the draft waited in the database.
    w.clock.set("2023-03-10T11:00:00"); // imported after the active plan
    const restarted = createConversation(w.deps);
    const tap = { kind: "choice" as const, payload: choiceIn(reply, IMPORT) };
    // Two taps at once (two devices, two processes): one imports, the other is told.
    const answers = (
      await Promise.all([restarted.handle(office.identity, tap), w.conversation.handle(office.identity, tap)])
    ).map(text);
    expect(
      answers.filter((a) => /^Đã nhập kế hoạch nháp bac-kan-2024 \(\d+ mục, 8 đơn vị\)/.test(a)),
    ).toHaveLength(1);
    expect(answers.filter((a) => a.startsWith("Bản nháp này không còn chờ nhập"))).toHaveLength(1);
    expect(text(await restarted.handle(office.identity, tap))).toMatch(/^Bản nháp này không còn chờ nhập/);
    const plans = await w.temp.db.plan.findMany({
      select: { code: true, status: true },
      orderBy: { code: "asc" },
    });
    expect(plans).toEqual([
      { code: "bac-kan-2023", status: "active" },
      { code: "bac-kan-2024", status: "draft" },
    ]);
    expect((await resolvePlan(w.deps)).code).toBe("bac-kan-2023");
    expect(text(await office.send("/summary 2023-Q1"))).not.toContain("2024");
    expect(await w.temp.db.session.count({ where: { key: { startsWith: "plan-draft:" } } })).toBe(0);
  });

  it("a draft imported in the chat is activated from there, after a confirmation; /plans lists both plans", async () => {
    const made = await world();
    w = made.w;
    const office = await joined(w, "13", "standing-office");
    const imported = await office.pick(await office.handle(made.document("bac-kan-2024.md")), IMPORT);
    expect(text(imported)).toMatch(/^Đã nhập kế hoạch nháp bac-kan-2024/);
    const ask = await office.pick(imported, "▶️ Kích hoạt bac-kan-2024");
    expect(text(ask)).toMatch(/^Kích hoạt kế hoạch bac-kan-2024\? Từ nay tiendo nhắc hạn báo cáo/);
    const status = async () =>
      (await w!.temp.db.plan.findFirstOrThrow({ where: { code: "bac-kan-2024" } })).status;
    expect(await status()).toBe("draft"); // asking changed nothing
    const yes = { kind: "choice" as const, payload: choiceIn(ask, "Đồng ý") };
    expect(text(await office.handle(yes))).toBe(
      "Đã kích hoạt kế hoạch bac-kan-2024: từ nay nhắc hạn báo cáo.",
    );
    expect(await status()).toBe("active");
    // The same tap again (a double tap, a second device): told, nothing done twice.
    expect(text(await office.handle(yes))).toBe("Kế hoạch bac-kan-2024 đã ở trạng thái này rồi.");
    expect(await w.temp.db.auditLog.count({ where: { action: "plan.activate" } })).toBe(1);
    const list = text(await office.send("/plans"));
    // Newest year first.
    expect(list).toMatch(
      /^Các kế hoạch \(2\):\nbac-kan-2024 · đang thực hiện · năm 2024 .+\nbac-kan-2023 · đang thực hiện · năm 2023 /,
    );
  });

  it("a plan code already in the database is answered, nothing is changed", async () => {
    const made = await world();
    w = made.w;
    const admin = w.admin();
    const reply = await admin.handle(made.document("bac-kan-2023.docx"));
    expect(text(reply)).toContain("Đã đọc bac-kan-2023.docx");
    const before = await w.temp.db.plan.findFirstOrThrow({ select: { updatedAt: true, status: true } });
    const answer = text(await admin.pick(reply, IMPORT));
    expect(answer).toMatch(/^Đã có kế hoạch mã bac-kan-2023 nên chưa nhập bản nháp này/);
    expect(await w.temp.db.plan.findFirstOrThrow({ select: { updatedAt: true, status: true } })).toEqual(
      before,
    );
    expect(await w.temp.db.plan.count()).toBe(1);
  });

  it("a second document replaces the pending one; Skip imports nothing", async () => {
    const made = await world();
    w = made.w;
    const office = await joined(w, "11", "standing-office");
    const first = await office.handle(made.document("bac-kan-2024.md"));
    const second = await office.handle(made.document("extra-project.md"));
    expect(text(await office.pick(first, IMPORT))).toMatch(/^Bản nháp này không còn chờ nhập/);
    expect(text(await office.pick(second, "Bỏ qua"))).toBe("Đã bỏ qua bản nháp, không nhập gì.");
    expect(text(await office.pick(second, IMPORT))).toMatch(/^Bản nháp này không còn chờ nhập/);
    expect(await w.temp.db.plan.count()).toBe(1);
  });

  it("a draft that does not validate offers no import, and a forged tap is refused with the reasons", async () => {
    const made = await world();
    w = made.w;
    const office = await joined(w, "12", "standing-office");
    const reply = await office.handle(made.document("lines-do-not-add-up.txt"));
    expect(text(reply)).toContain("Bản nháp còn 2 lỗi theo plan validate");
    expect(text(reply)).toContain("Bản nháp chưa hợp lệ nên chưa thể nhập");
    expect(yamlOf(reply)).toHaveLength(1);
    expect(() => choiceIn(reply, IMPORT)).toThrow();
    const row = await w.temp.db.session.findFirstOrThrow({ where: { key: { startsWith: "plan-draft:" } } });
    const id = (JSON.parse(row.value) as { id: string }).id;
    const forged = text(await office.handle({ kind: "choice", payload: `pd-import|${id}` }));
    expect(forged).toContain("Bản nháp chưa hợp lệ nên chưa thể nhập");
    expect(forged).toContain("khác số đã công bố 135 triệu đồng");
    expect(await w.temp.db.plan.count()).toBe(1);
  });

  it("unreadable, too big, not a document: clear sentences; groups are left alone", async () => {
    const made = await world();
    w = made.w;
    const office = await joined(w, "13", "standing-office");
    expect(text(await office.handle(made.document("scanned.pdf")))).toBe(
      "Tệp PDF scanned.pdf là ảnh quét, không có lớp chữ: hãy gửi bản .docx hoặc PDF xuất từ Word.",
    );
    expect(text(await office.handle(made.document("plan.docx", new TextEncoder().encode("not a zip"))))).toBe(
      "Không mở được tệp plan.docx: tệp hỏng hoặc không đúng định dạng docx.",
    );
    const big = {
      kind: "document" as const,
      fileId: "none",
      fileName: "plan.pdf",
      sizeBytes: 21 * 1024 * 1024,
    };
    expect(text(await office.handle({ kind: "file", file: big }))).toBe(
      "Tệp quá lớn: chỉ nhận tệp đến 20 MB.",
    );
    const gone = { kind: "document" as const, fileId: "expired", fileName: "plan.docx" };
    expect(text(await office.handle({ kind: "file", file: gone }))).toBe(
      "Không tải được tệp vừa gửi. Hãy gửi lại.",
    );
    const photo = { kind: "photo" as const, fileId: "p1" };
    expect(text(await office.handle({ kind: "file", file: photo }))).toMatch(/^Để soạn bản nháp kế hoạch/);
    const sheet = await office.handle(made.document("plan.xlsx", new Uint8Array([1, 2])));
    expect(text(sheet)).toMatch(/^Để soạn bản nháp kế hoạch/);
    const scanned = made.document("x.pdf", readFileSync(fixture("scanned.pdf")));
    const fileId = scanned.kind === "file" ? scanned.file.fileId : "";
    const unnamed: Input = { kind: "file", file: { kind: "document", fileId, mimeType: "application/pdf" } };
    expect(text(await office.handle(unnamed))).toMatch(/^Tệp PDF document\.pdf là ảnh quét/);
    const inGroup = w.person("13", { chatId: "-100", chatKind: "group" });
    expect((await inGroup.handle(made.document("bac-kan-2024.md"))).outputs).toEqual([]);
    expect(await w.temp.db.session.count({ where: { key: { startsWith: "plan-draft:" } } })).toBe(0);
  });

  it("a focal point's document is still a report attachment; a leader's is not understood", async () => {
    const made = await world();
    w = made.w;
    const focal = await joined(w, "14", "focal-point", "LDTBXH");
    expect(text(await focal.handle(made.document("bac-kan-2024.md")))).toMatch(
      /^Để gửi ảnh hoặc tài liệu kèm báo cáo/,
    );
    const leader = await joined(w, "15", "leader");
    expect(text(await leader.handle(made.document("bac-kan-2024.md")))).toBe(
      "Tôi chưa hiểu tin nhắn này. Gõ /help để xem các lệnh.",
    );
    expect(await w.temp.db.session.count({ where: { key: { startsWith: "plan-draft:" } } })).toBe(0);
  });
});
