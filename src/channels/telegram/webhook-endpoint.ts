// The webhook: checks Telegram's secret, claims the update, answers 200 at once, and lets the
// intake handle it afterwards (a slow handler never makes Telegram send the update again).
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { UpdateIntake } from "./update-intake.ts";

/** Telegram's updates are far smaller; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

export function webhookEndpoint(options: { secret: string; intake: UpdateIntake; logger: Logger }) {
  const secret = Buffer.from(options.secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const given = Buffer.from(String(req.headers["x-telegram-bot-api-secret-token"] ?? ""));
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
      req.resume();
      return void res.writeHead(401).end();
    }
    const body = await readBody(req);
    if (body === null) return void res.writeHead(413).end();
    const update = parseUpdate(body);
    if (update === null) {
      options.logger.warn("webhook request without a valid update_id refused");
      return void res.writeHead(400).end();
    }
    try {
      await options.intake.accept(update);
    } catch (err) {
      // Not stored: Telegram delivers it again later.
      options.logger.error({ err, updateId: update.update_id }, "could not claim a webhook update");
      return void res.writeHead(500).end();
    }
    res.writeHead(200).end();
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** An update needs a non-negative integer `update_id`; anything else is refused. */
function parseUpdate(body: Buffer): Update | null {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null) return null;
    const id = (value as { update_id?: unknown }).update_id;
    return Number.isSafeInteger(id) && (id as number) >= 0 ? (value as Update) : null;
  } catch {
    return null;
  }
}
