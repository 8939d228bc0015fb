import type { TConfig } from "../config/config.ts";

/** The bot's @username for invite links: from TELEGRAM_BOT_USERNAME, else asked from Telegram (getMe). */
export async function botUsername(config: TConfig): Promise<string | null> {
  if (config.TELEGRAM_BOT_USERNAME) return config.TELEGRAM_BOT_USERNAME;
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  try {
    const res = await fetch(`${config.TELEGRAM_API_ROOT}/bot${config.TELEGRAM_BOT_TOKEN}/getMe`, {
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { ok: boolean; result?: { username?: string } };
    return body.ok ? (body.result?.username ?? null) : null;
  } catch {
    return null;
  }
}
