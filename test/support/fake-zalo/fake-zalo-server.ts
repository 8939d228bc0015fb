// A fake Zalo Bot API over real HTTP, for end-to-end tests and benchmarks. It refuses what the
// real one refuses (as far as its public docs say): POST JSON to /bot<TOKEN>/<method> only; one
// update per getUpdates (no offsets), 408 on an empty poll, getUpdates refused while a webhook is
// set; webhook deliveries carry X-Bot-Api-Secret-Token; text of 1-2,000 characters; no
// sendDocument (an unknown method); sendPhoto by URL (it fetches the URL); string ids; dates in
// milliseconds. Faults can be injected (429, 500, dropped connections) and people can block the bot.
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ZaloSent {
  message_id: string;
  chat_id: string;
  method: "sendMessage" | "sendPhoto";
  text?: string;
  /** sendPhoto: the URL and the bytes fetched from it. */
  photo?: { url: string; bytes: number; contentType: string };
}

export type ZaloFault = { kind: "429" } | { kind: "500" } | { kind: "drop" };

export interface ZaloUser {
  id: string;
  display_name: string;
}

type Params = Record<string, unknown>;
type Update = { event_name: string; message: Record<string, unknown> };

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

const hexId = () => randomBytes(10).toString("hex");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class FakeZalo {
  readonly events = new EventEmitter();
  readonly calls: { method: string; params: Params; at: number }[] = [];
  readonly sent: ZaloSent[] = [];
  /** Every call refused (method, code, description), in order. */
  readonly refusals: { method: string; code: number; description: string }[] = [];
  /** Request bodies that were not valid UTF-8 (should stay 0). */
  invalidUtf8 = 0;
  webhook: { url: string; secret: string } | null = null;
  /** Webhook deliveries and the status the app answered. */
  readonly deliveries: { status: number; secret: string }[] = [];
  readonly blocked = new Set<string>();
  readonly bot = {
    id: hexId(),
    account_name: "tiendo_zalo_bot",
    display_name: "tiendo",
    can_join_groups: false,
  };
  private updates: Update[] = [];
  private faults: { method: string; fault: ZaloFault; when?: (params: Params) => boolean }[] = [];
  private waiting = new Set<() => void>();
  private server: Server | null = null;
  port = 0;

  constructor(readonly token: string) {
    this.events.setMaxListeners(0);
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const w of this.waiting) w();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  failNext(method: string, fault: ZaloFault, times = 1, when?: (params: Params) => boolean): void {
    for (let i = 0; i < times; i++) this.faults.push({ method, fault, ...(when ? { when } : {}) });
  }

  aUser(name = "Người dùng Zalo"): ZaloUser {
    return { id: hexId(), display_name: name };
  }

  /** A person sends something: queued for getUpdates, or posted to the webhook at once. */
  async push(user: ZaloUser, event_name: string, content: Params = {}): Promise<string> {
    const message_id = hexId();
    const update: Update = {
      event_name,
      message: {
        message_id,
        date: Date.now(),
        chat: { id: user.id, chat_type: "PRIVATE" },
        from: { id: user.id, display_name: user.display_name, is_bot: false },
        ...content,
      },
    };
    await this.deliver(update);
    return message_id;
  }

  /** The same update once more (a redelivery). */
  async redeliver(update: Update): Promise<void> {
    await this.deliver(update);
  }

  lastUpdate: Update | null = null;

  private async deliver(update: Update): Promise<void> {
    this.lastUpdate = update;
    if (this.webhook === null) {
      this.updates.push(update);
      for (const w of [...this.waiting]) w();
      return;
    }
    const res = await fetch(this.webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": this.webhook.secret },
      body: JSON.stringify({ ok: true, result: update }),
    });
    await res.arrayBuffer();
    this.deliveries.push({ status: res.status, secret: this.webhook.secret });
  }

  messagesTo(chatId: string): ZaloSent[] {
    return this.sent.filter((m) => m.chat_id === chatId);
  }

  waitForMessage(chatId: string, since: number, timeoutMs = 20_000): Promise<ZaloSent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const m = this.messagesTo(chatId)[since];
        if (m === undefined) return false;
        clearTimeout(timer);
        this.events.off("sent", check);
        resolve(m);
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off("sent", check);
        reject(new Error(`no Zalo message #${since + 1} to ${chatId} within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.events.on("sent", check);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
    const raw = await readRaw(req);
    const answer = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const method = match?.[2] ?? "?";
    const refuse = (code: number, description: string) => {
      this.refusals.push({ method, code, description });
      answer(code, { ok: false, error_code: code, description });
    };
    if (req.method !== "POST" || match === null) return refuse(404, "Not Found");
    if (match[1] !== this.token) return refuse(401, "Unauthorized");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      this.invalidUtf8++;
      return refuse(400, "Bad Request: body is not valid UTF-8");
    }
    let params: Params;
    try {
      params = raw.length === 0 ? {} : (JSON.parse(text) as Params);
    } catch {
      return refuse(400, "Bad Request: body is not JSON");
    }
    const faultAt = this.faults.findIndex(
      (f) => f.method === method && (f.when === undefined || f.when(params)),
    );
    if (faultAt >= 0) {
      const fault = this.faults.splice(faultAt, 1)[0]!.fault;
      if (fault.kind === "drop") return void req.socket.destroy();
      return fault.kind === "429" ? refuse(429, "Too Many Requests") : refuse(500, "Internal Server Error");
    }
    this.calls.push({ method, params, at: Date.now() });
    let gone = false;
    res.once("close", () => {
      gone = true;
      for (const w of [...this.waiting]) w();
    });
    try {
      const result = await this.call(method, params, () => gone);
      if (gone) return; // a poll the client gave up: its update stays queued
      answer(200, { ok: true, result });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      refuse(e.code, e.description);
    }
  }

  private async call(method: string, p: Params, gone: () => boolean): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.bot;
      case "getUpdates":
        return this.getUpdates(p, gone);
      case "setWebhook": {
        const url = String(p.url ?? "");
        const secret = String(p.secret_token ?? "");
        if (!/^https?:\/\//.test(url)) throw new ApiError(400, "Bad Request: url must be a public HTTPS URL");
        if (secret.length < 8 || secret.length > 256)
          throw new ApiError(400, "Bad Request: secret_token 8-256");
        this.webhook = { url, secret };
        for (const w of [...this.waiting]) w(); // a poll in progress ends
        const queued = this.updates.splice(0);
        for (const u of queued) await this.deliver(u);
        return { url, updated_at: Date.now() };
      }
      case "deleteWebhook":
        this.webhook = null;
        return { url: "", updated_at: Date.now() };
      case "getWebhookInfo":
        return { url: this.webhook?.url ?? "", updated_at: Date.now() };
      case "sendChatAction":
        return {};
      case "sendMessage":
        return this.record("sendMessage", p, await this.checkText(p, "text"));
      case "sendPhoto":
        return this.sendPhoto(p);
      default:
        throw new ApiError(404, "Not Found"); // sendDocument and anything else Zalo does not have
    }
  }

  private async getUpdates(p: Params, gone: () => boolean): Promise<unknown> {
    if (this.webhook !== null)
      throw new ApiError(400, "Bad Request: webhook is set, getUpdates is not allowed");
    const timeoutS = Math.min(Number(p.timeout ?? 30), 60);
    const until = Date.now() + timeoutS * 1000;
    while (this.updates.length === 0 && Date.now() < until && this.webhook === null && !gone()) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.waiting.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, until - Date.now()));
        this.waiting.add(done);
      });
      if (this.server?.listening !== true) break;
    }
    const update = this.webhook === null && !gone() ? this.updates.shift() : undefined;
    if (update === undefined) throw new ApiError(408, "Request timeout");
    return update;
  }

  private checkChat(p: Params): string {
    if (typeof p.chat_id !== "string" || p.chat_id === "")
      throw new ApiError(400, "Bad Request: chat_id is a string");
    if (this.blocked.has(p.chat_id)) throw new ApiError(403, "Forbidden: the user cannot receive messages");
    return p.chat_id;
  }

  private async checkText(p: Params, field: string): Promise<Partial<ZaloSent>> {
    this.checkChat(p);
    const text = p[field];
    if (typeof text !== "string" || text.length === 0)
      throw new ApiError(400, `Bad Request: ${field} is empty`);
    if (text.length > 2000) throw new ApiError(400, `Bad Request: ${field} is longer than 2000 characters`);
    if (LONE_SURROGATE.test(text)) throw new ApiError(400, `Bad Request: ${field} is not valid UTF-8`);
    return { text };
  }

  private async sendPhoto(p: Params): Promise<unknown> {
    const chat = this.checkChat(p);
    const url = p.photo;
    if (typeof url !== "string" || !/^https?:\/\//.test(url))
      throw new ApiError(400, "Bad Request: photo is a URL");
    if (p.caption !== undefined) await this.checkText(p, "caption");
    const got = await fetch(url).catch(() => null);
    const contentType = got?.headers.get("content-type") ?? "";
    if (got === null || !got.ok || !contentType.startsWith("image/"))
      throw new ApiError(400, "Bad Request: photo URL could not be fetched as an image");
    const bytes = (await got.arrayBuffer()).byteLength;
    return this.record(
      "sendPhoto",
      { chat_id: chat },
      {
        photo: { url, bytes, contentType },
        ...(typeof p.caption === "string" ? { text: p.caption } : {}),
      },
    );
  }

  private record(method: ZaloSent["method"], p: Params, content: Partial<ZaloSent>): unknown {
    const m: ZaloSent = { message_id: hexId(), chat_id: String(p.chat_id), method, ...content };
    this.sent.push(m);
    this.events.emit("sent", m);
    return { message_id: m.message_id, date: Date.now() };
  }
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
