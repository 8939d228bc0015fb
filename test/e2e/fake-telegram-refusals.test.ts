// The fake Telegram server refuses what the real Bot API refuses, with the same descriptions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FILE_REFUSALS } from "../support/fake-telegram/fake-files.ts";
import { FakeTelegram, REFUSALS } from "../support/fake-telegram/fake-telegram-server.ts";

const TOKEN = "42:fake-refusals";

describe("the fake Telegram server's refusals", () => {
  let tg: FakeTelegram;
  beforeEach(async () => {
    tg = await new FakeTelegram(TOKEN).start();
  });
  afterEach(() => tg.stop());

  const call = async (method: string, body: unknown) => {
    const res = await fetch(`${tg.apiRoot}/bot${TOKEN}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; description?: string; result?: { message_id: number } },
    };
  };

  it("files: getFile of an unknown id or of a file over 20 MB; a download needs the path and the token", async () => {
    expect((await call("getFile", { file_id: "nope" })).body.description).toBe(FILE_REFUSALS.invalidId);
    const big = tg.files.add(new Uint8Array(20 * 1024 * 1024 + 1));
    expect((await call("getFile", { file_id: big.file_id })).body.description).toBe(FILE_REFUSALS.tooBig);
    const small = tg.files.add(new Uint8Array([1, 2, 3]));
    const got = await call("getFile", { file_id: small.file_id });
    const filePath = (got.body.result as unknown as { file_path: string }).file_path;
    const download = await fetch(`${tg.apiRoot}/file/bot${TOKEN}/${filePath}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await fetch(`${tg.apiRoot}/file/bot1:other/${filePath}`)).status).toBe(404);
    expect((await fetch(`${tg.apiRoot}/file/bot${TOKEN}/documents/guessed.bin`)).status).toBe(404);
  });

  it("a text over 4,096 characters", async () => {
    expect((await call("sendMessage", { chat_id: 1, text: "a".repeat(4096) })).status).toBe(200);
    const r = await call("sendMessage", { chat_id: 1, text: "a".repeat(4097) });
    expect(r).toEqual({ status: 400, body: { ok: false, error_code: 400, description: REFUSALS.tooLong } });
  });

  it("a lone surrogate (half an emoji) in a text or a button", async () => {
    expect((await call("sendMessage", { chat_id: 1, text: "🎉".slice(0, 1) })).body.description).toBe(
      REFUSALS.notUtf8,
    );
    const markup = { inline_keyboard: [[{ text: "x🎉".slice(0, 2), callback_data: "a" }]] };
    expect(
      (await call("sendMessage", { chat_id: 1, text: "ok", reply_markup: markup })).body.description,
    ).toBe(REFUSALS.notUtf8);
  });

  it("bytes that are not UTF-8 on the wire", async () => {
    const res = await fetch(`${tg.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.concat([
        Buffer.from('{"chat_id":1,"text":"'),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from('"}'),
      ]),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { description: string }).description).toBe(REFUSALS.notUtf8);
  });

  it("callback data over 64 bytes", async () => {
    const ok = { inline_keyboard: [[{ text: "x", callback_data: "é".repeat(32) }]] };
    expect((await call("sendMessage", { chat_id: 1, text: "t", reply_markup: ok })).status).toBe(200);
    const tooLong = { inline_keyboard: [[{ text: "x", callback_data: `${"é".repeat(32)}a` }]] };
    expect(
      (await call("sendMessage", { chat_id: 1, text: "t", reply_markup: tooLong })).body.description,
    ).toBe(REFUSALS.buttonData);
  });

  it("a caption over 1,024 characters", async () => {
    const send = async (caption: string) => {
      const form = new FormData();
      form.set("chat_id", "1");
      form.set("caption", caption);
      form.set("document", new Blob([Buffer.from("PK")]), "a.xlsx");
      const res = await fetch(`${tg.apiRoot}/bot${TOKEN}/sendDocument`, { method: "POST", body: form });
      return {
        status: res.status,
        description: ((await res.json()) as { description?: string }).description,
      };
    };
    expect((await send("c".repeat(1024))).status).toBe(200);
    expect(await send("c".repeat(1025))).toEqual({ status: 400, description: REFUSALS.captionTooLong });
  });

  it("an edit to identical content", async () => {
    const markup = { inline_keyboard: [[{ text: "x", callback_data: "a" }]] };
    const sent = await call("sendMessage", { chat_id: 1, text: "t", reply_markup: markup });
    const id = sent.body.result!.message_id;
    const same = await call("editMessageText", {
      chat_id: 1,
      message_id: id,
      text: "t",
      reply_markup: markup,
    });
    expect(same.body.description).toBe(REFUSALS.notModified);
    expect(
      (await call("editMessageReplyMarkup", { chat_id: 1, message_id: id, reply_markup: markup })).body
        .description,
    ).toBe(REFUSALS.notModified);
    expect((await call("editMessageReplyMarkup", { chat_id: 1, message_id: id })).status).toBe(200);
    expect((await call("editMessageReplyMarkup", { chat_id: 1, message_id: id })).body.description).toBe(
      REFUSALS.notModified,
    );
    expect((await call("editMessageText", { chat_id: 1, message_id: id, text: "u" })).status).toBe(200);
  });

  it("a callback query answered twice", async () => {
    expect((await call("answerCallbackQuery", { callback_query_id: "q1" })).status).toBe(200);
    expect((await call("answerCallbackQuery", { callback_query_id: "q1" })).body.description).toBe(
      REFUSALS.queryAnswered,
    );
  });
});
