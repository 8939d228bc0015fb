// Zalo's webhook: the secret in `X-Bot-Api-Secret-Token` is checked first (wrong or missing: 401,
// nothing read), then the update is claimed and answered 200 at once; the intake handles it after.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { UpdateIntake } from "../update-intake.ts";
import { asZaloUpdate, type ZaloUpdate } from "./zalo-types.ts";

/** Zalo's updates are small; anything bigger is not from Zalo. */
const MAX_BODY_BYTES = 1_000_000;

export function zaloWebhook(o: { secret: string; intake: UpdateIntake<ZaloUpdate>; logger: Logger }) {
  const secret = Buffer.from(o.secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const given = Buffer.from(String(req.headers["x-bot-api-secret-token"] ?? ""));
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
      req.resume();
      return void res.writeHead(401).end();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return void res.writeHead(413).end();
      chunks.push(chunk as Buffer);
    }
    let update: ZaloUpdate | null;
    try {
      update = asZaloUpdate(JSON.parse(Buffer.concat(chunks).toString("utf8")));
    } catch {
      update = null;
    }
    if (update === null) {
      o.logger.warn("Zalo webhook request without a readable update refused");
      return void res.writeHead(400).end();
    }
    try {
      await o.intake.accept(update);
    } catch (err) {
      // Not stored: Zalo may deliver it again.
      o.logger.error({ err }, "could not claim a Zalo webhook update");
      return void res.writeHead(500).end();
    }
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  };
}
