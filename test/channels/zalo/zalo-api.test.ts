import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloApi, ZaloApiError, ZaloNetworkError } from "../../../src/channels/zalo/zalo-api.ts";
import { FakeZalo } from "../../support/fake-zalo/fake-zalo-server.ts";

const TOKEN = "1234567890:unit-test-key_abcdef";

describe("the Zalo API client against the fake server", () => {
  let zalo: FakeZalo;
  let api: ZaloApi;
  beforeEach(async () => {
    zalo = await new FakeZalo(TOKEN).start();
    api = new ZaloApi({ token: TOKEN, apiRoot: zalo.apiRoot, backoffMs: 10 });
  });
  afterEach(() => zalo.stop());

  it("retries 429, 500 and a dropped connection, then succeeds once", async () => {
    zalo.failNext("sendMessage", { kind: "429" });
    zalo.failNext("sendMessage", { kind: "500" });
    zalo.failNext("sendMessage", { kind: "drop" });
    const sent = await api.call<{ message_id: string }>("sendMessage", { chat_id: "abc", text: "Xin chào" });
    expect(sent.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(zalo.sent).toHaveLength(1);
  });

  it("does not retry a refusal, and never names the token", async () => {
    const error = await api
      .call("sendMessage", { chat_id: "abc", text: "x".repeat(2001) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ method: "sendMessage", errorCode: 400 });
    expect(String((error as Error).message)).not.toContain("unit-test-key");
    expect(zalo.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    await expect(api.call("sendDocument", { chat_id: "abc" })).rejects.toMatchObject({ errorCode: 404 });
  });

  it("an empty poll is a 408; a dead server is a network error after the retries", async () => {
    await expect(api.call("getUpdates", { timeout: 0 }, { retries: 0 })).rejects.toMatchObject({
      errorCode: 408,
    });
    await zalo.stop();
    const dead = await api.call("getMe", {}, { retries: 1 }).catch((e: unknown) => e);
    expect(dead).toBeInstanceOf(ZaloNetworkError);
    expect(String((dead as Error).message)).not.toContain("unit-test-key");
  });
});
