// Starts the real app with both bots, Telegram (where the admin invites) and Zalo, against the
// fake servers: the same process as `npm start` with both tokens set.
import { expect } from "vitest";
import { startHarness, type Harness } from "./bot-harness.ts";
import { FakeZalo } from "./fake-zalo/fake-zalo-server.ts";
import { ZaloChat } from "./fake-zalo/zalo-chat.ts";

export const ZALO_TOKEN = "1234567890:zalo-test-key_abcdefgh";

export interface ZaloHarness extends Harness {
  zalo: FakeZalo;
  zaloChat(name?: string): ZaloChat;
}

export async function startZaloHarness(
  options: { env?: Record<string, string>; at?: string } = {},
): Promise<ZaloHarness> {
  const zalo = await new FakeZalo(ZALO_TOKEN).start();
  const h = await startHarness({
    ...(options.at ? { at: options.at } : {}),
    env: {
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ...options.env,
    },
    zaloTimings: {
      poller: { leaseMs: 30_000, pollTimeoutS: 1, standbyRetryMs: 200, backoffMs: 100, maxBackoffMs: 500 },
    },
  });
  const stop = h.stop;
  return Object.assign(h, {
    zalo,
    zaloChat: (name?: string) => new ZaloChat(zalo, zalo.aUser(name)),
    stop: async () => {
      await stop();
      await zalo.stop();
    },
  });
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every message the bot sent on Zalo over the run: at most 2,000 characters, valid UTF-8. */
export function expectWithinZaloLimits(h: ZaloHarness) {
  expect(h.zalo.invalidUtf8).toBe(0);
  // Nothing refused but sends to a person who blocked the bot.
  expect(h.zalo.refusals.filter((r) => r.method.startsWith("send") && r.code !== 403)).toEqual([]);
  const texts = h.zalo.calls.filter((c) => c.method === "sendMessage").map((c) => String(c.params.text));
  for (const text of texts) {
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(LONE.test(text)).toBe(false);
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
  }
}
