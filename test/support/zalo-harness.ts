// Starts the real app with both bots, Telegram (where the admin invites) and Zalo, against the
// fake servers: the same process as `npm start` with both tokens set.
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
