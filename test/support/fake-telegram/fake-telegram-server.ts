// A fake Telegram Bot API over real HTTP, for end-to-end tests and benchmarks.
// Implements the methods tiendo uses, Telegram's error shape, long polling with `offset` and
// `timeout`, webhooks with a secret token, and fault injection (429, 500, dropped connections).
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeFiles } from "./fake-files.ts";
import { AnswerFaults, LongPolls, POLL_CONFLICT, type LongPoll } from "./transport-faults.ts";

export interface SentMessage {
  message_id: number;
  chat_id: number;
  text?: string | undefined;
  reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  document?: { file_name: string; size: number } | undefined;
  photo?: { size: number } | undefined;
  /** The bytes of a sent document or photo. */
  file?: Buffer | undefined;
  edited: number;
  /** The API root's label it came through (`apiRootVia`), when one was used. */
  via?: string | undefined;
}

export type Fault = { kind: "429"; retryAfter: number } | { kind: "500" } | { kind: "drop" };

type Params = Record<string, unknown>;
type Update = Record<string, unknown> & { update_id: number };

export const BOT_USER = { id: 7000001, is_bot: true, first_name: "tiendo", username: "tiendo_test_bot" };

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

export class FakeTelegram {
  readonly events = new EventEmitter();
  readonly calls: { method: string; params: Params; at: number; via?: string | undefined }[] = [];
  readonly messages: SentMessage[] = [];
  /** The same messages by chat: a bench's hundred waiting chats each look only at their own. */
  private readonly byChat = new Map<number, SentMessage[]>();
  readonly commands = new Map<string, { command: string; description: string }[]>();
  /** Every call refused with an error (method and Telegram's description), in order. */
  readonly refusals: { method: string; description: string }[] = [];
  webhook: { url: string; secret: string | undefined } | null = null;
  /** Chats whose person blocked the bot: every send there is refused with 403, as Telegram does. */
  readonly blocked = new Set<number>();
  private updates: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private faults: { method: string; fault: Fault; when?: (params: Params) => boolean }[] = [];
  private server: Server | null = null;
  private waiting = new Set<() => void>();
  port = 0;
  /** One long poll per bot at a time (409 to the one terminated). */
  readonly polls = new LongPolls();
  /** Answers lost after processing, answers that stall. */
  readonly answers = new AnswerFaults();
  /** Files users sent (getFile and downloads). */
  readonly files = new FakeFiles();

  /** Every API call takes this long before it is processed (the round trip to the real API). */
  callLatencyMs = 0;

  /** When set, sendMessage beyond Telegram's limits gets a 429 (counted in `rateLimited`). */
  limits: { perSecond: number; perChatGapMs: number } | null = null;
  rateLimited = 0;
  private sentTimes: number[] = [];
  private lastToChat = new Map<number, number>();

  constructor(readonly token: string) {
    this.events.setMaxListeners(0);
  }

  private overLimit(chatId: number): boolean {
    if (this.limits === null) return false;
    const t = Date.now();
    this.sentTimes = this.sentTimes.filter((x) => t - x < 1000);
    const last = this.lastToChat.get(chatId);
    if (
      this.sentTimes.length >= this.limits.perSecond ||
      (last !== undefined && t - last < this.limits.perChatGapMs)
    ) {
      this.rateLimited++;
      return true;
    }
    this.sentTimes.push(t);
    this.lastToChat.set(chatId, t);
    return false;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * The API root for one client of several (each app process of a test): the same API, and every
   * call and message it makes carries `label` as `via`, so a test can tell which process sent what.
   */
  apiRootVia(label: string): string {
    return `${this.apiRoot}/via-${label}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    // Connections stay open between calls, as api.telegram.org keeps them. (A keep-alive of 1 s was
    // advertised before: Node's agent then reuses no socket, and every call paid a new connection.)
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const wake of this.waiting) wake();
    await new Promise<void>((r) => {
      this.server?.close(() => r());
      this.server?.closeAllConnections();
    });
  }

  /** The next `times` calls of `method` (those `when` picks, if given) fail this way. */
  failNext(method: string, fault: Fault, times = 1, when?: (params: Params) => boolean): void {
    for (let i = 0; i < times; i++) this.faults.push({ method, fault, ...(when ? { when } : {}) });
  }

  /**
   * When set, a webhook delivery that fails (no connection, or an answer other than 2xx) is sent
   * again, the same update, every `retryMs` until it is taken, as Telegram does (it gives up
   * after `giveUpMs`: push throws). Unset, push POSTs once and ignores the answer.
   */
  webhookRetry: { retryMs: number; giveUpMs: number } | null = null;
  /** Webhook deliveries that failed and were sent again (with webhookRetry). */
  webhookRedeliveries = 0;

  private async deliverUntilTaken(u: Update, hook: { url: string; secret: string | undefined }) {
    const { retryMs, giveUpMs } = this.webhookRetry!;
    const until = Date.now() + giveUpMs;
    for (;;) {
      const status = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(hook.secret ? { "x-telegram-bot-api-secret-token": hook.secret } : {}),
        },
        body: JSON.stringify(u),
      }).then(
        async (res) => (await res.arrayBuffer(), res.status),
        () => 0,
      );
      if (status >= 200 && status < 300) return;
      if (Date.now() > until) throw new Error(`webhook never took update ${u.update_id} (last: ${status})`);
      this.webhookRedeliveries++;
      await new Promise((r) => setTimeout(r, retryMs));
    }
  }

  /** Queues an update (or POSTs it to the webhook when one is set). */
  async push(update: Omit<Update, "update_id">): Promise<number> {
    const u = { ...update, update_id: this.nextUpdateId++ } as Update;
    if (this.webhook && this.webhookRetry) {
      await this.deliverUntilTaken(u, this.webhook);
    } else if (this.webhook) {
      await fetch(this.webhook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(this.webhook.secret ? { "x-telegram-bot-api-secret-token": this.webhook.secret } : {}),
        },
        body: JSON.stringify(u),
      });
    } else {
      this.updates.push(u);
      for (const wake of this.waiting) wake();
    }
    return u.update_id;
  }

  /** Re-delivers an update with the same id (as Telegram does after a lost confirmation). */
  redeliver(update: Update): void {
    this.updates.push(update);
    for (const wake of this.waiting) wake();
  }

  pendingUpdates(): number {
    return this.updates.length;
  }

  messagesTo(chatId: number): SentMessage[] {
    return [...(this.byChat.get(chatId) ?? [])];
  }

  /** Resolves with the first bot message to `chatId` after `since` messages matching `match`. */
  waitForMessage(
    chatId: number,
    match: (m: SentMessage) => boolean = () => true,
    timeoutMs = 20_000,
    since = 0,
  ): Promise<SentMessage> {
    return new Promise((resolve, reject) => {
      const check = (m?: SentMessage) => {
        if (m !== undefined && m.chat_id !== chatId) return;
        const found = (this.byChat.get(chatId) ?? []).slice(since).find(match);
        if (found) {
          clearTimeout(timer);
          this.events.off("message", check);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        this.events.off("message", check);
        const seen = this.messagesTo(chatId).map((m) => m.text?.slice(0, 80));
        reject(
          new Error(`no matching message to ${chatId} within ${timeoutMs} ms; saw ${JSON.stringify(seen)}`),
        );
      }, timeoutMs);
      this.events.on("message", check);
      check();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.files.serve(req, res, this.token)) return;
    const match = /^(?:\/via-([\w-]+))?\/bot([^/]+)\/(\w+)$/.exec(
      new URL(req.url ?? "/", "http://x").pathname,
    );
    if (!match) return void res.writeHead(404).end();
    const [, via, token, method = ""] = match;
    const read = await readParams(req);
    const params = read.params;
    this.calls.push({ method, params, at: Date.now(), via });
    const faultAt = this.faults.findIndex(
      (f) => (f.method === method || f.method === "*") && (f.when === undefined || f.when(params)),
    );
    if (faultAt >= 0) {
      const fault = this.faults.splice(faultAt, 1)[0]!.fault;
      if (fault.kind === "drop") return void req.socket.destroy();
      if (fault.kind === "429") {
        return reply(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${fault.retryAfter}`,
          parameters: { retry_after: fault.retryAfter },
        });
      }
      return reply(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
    }
    if (token !== this.token)
      return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    if (this.callLatencyMs > 0) await new Promise((r) => setTimeout(r, this.callLatencyMs));
    if (!(await this.answers.beforeCall(method, res))) return;
    try {
      if (read.malformed) throw new ApiError(400, REFUSALS.notUtf8);
      const poll = method === "getUpdates" ? this.polls.begin(token, res) : undefined;
      const result = await this.call(method, params, poll, via);
      if (this.answers.loseAnswer(method)) return void req.socket.destroy();
      reply(res, 200, { ok: true, result });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.refusals.push({ method, description: e.description });
      reply(res, e.code, {
        ok: false,
        error_code: e.code,
        description: e.description,
        ...(e.parameters ? { parameters: e.parameters } : {}),
      });
    }
  }

  private async call(method: string, p: Params, poll?: LongPoll, via?: string): Promise<unknown> {
    if (method.startsWith("send") && this.blocked.has(Number(p.chat_id)))
      throw new ApiError(403, REFUSALS.blocked);
    switch (method) {
      case "getMe":
        return BOT_USER;
      case "getUpdates":
        return this.getUpdates(p, poll);
      case "sendMessage":
        if (this.overLimit(Number(p.chat_id))) {
          throw new ApiError(429, "Too Many Requests: retry after 1", { retry_after: 1 });
        }
        return this.record({
          via,
          chat_id: Number(p.chat_id),
          text: requireText(p.text),
          reply_markup: checkedMarkup(p.reply_markup),
        });
      case "sendDocument":
      case "sendPhoto": {
        const file = p[method === "sendDocument" ? "document" : "photo"];
        if (!(file instanceof Blob)) throw new ApiError(400, "Bad Request: there is no file in the request");
        const size = file.size;
        const name = (file as File).name ?? "file";
        const bytes = Buffer.from(await file.arrayBuffer());
        return this.record({
          chat_id: Number(p.chat_id),
          text: checkedCaption(p.caption),
          file: bytes,
          ...(method === "sendDocument" ? { document: { file_name: name, size } } : { photo: { size } }),
        });
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const m = this.byChat.get(Number(p.chat_id))?.find((x) => x.message_id === Number(p.message_id));
        if (!m) throw new ApiError(400, "Bad Request: message to edit not found");
        const text = method === "editMessageText" ? requireText(p.text) : m.text;
        const markup = checkedMarkup(p.reply_markup);
        refuseUnmodified(m, text, markup);
        m.text = text;
        m.reply_markup = markup;
        m.edited++;
        this.events.emit("message", m);
        return {
          message_id: m.message_id,
          chat: { id: m.chat_id, type: "private" },
          date: now(),
          text: m.text,
        };
      }
      case "getFile": {
        const found = this.files.getFile(p.file_id);
        if (!found.ok) throw new ApiError(400, found.description);
        return found.result;
      }
      case "answerCallbackQuery":
        this.answerOnce(p);
        return true;
      case "deleteMyCommands":
        return true;
      case "setMyCommands": {
        const scope = (typeof p.scope === "string" ? JSON.parse(p.scope) : p.scope) as
          Record<string, unknown> | undefined;
        const key = `${scope?.type ?? "default"}:${scope?.chat_id ?? ""}:${p.language_code ?? ""}`;
        this.commands.set(
          key,
          (typeof p.commands === "string" ? JSON.parse(p.commands) : p.commands) as {
            command: string;
            description: string;
          }[],
        );
        return true;
      }
      case "setWebhook":
        this.webhook = {
          url: String(p.url),
          secret: typeof p.secret_token === "string" ? p.secret_token : undefined,
        };
        return true;
      case "deleteWebhook":
        this.webhook = null;
        if (p.drop_pending_updates === true) this.updates = [];
        return true;
      case "getWebhookInfo":
        return {
          url: this.webhook?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: this.updates.length,
        };
      default:
        throw new ApiError(404, "Not Found: method not found");
    }
  }

  private async getUpdates(p: Params, poll?: LongPoll): Promise<Update[]> {
    if (this.webhook)
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(p.offset ?? 0);
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const limit = Number(p.limit ?? 100);
    const timeout = Number(p.timeout ?? 0);
    if (this.updates.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(timeout, 30) * 1000);
        this.waiting.add(wake);
        poll?.whenTerminated(wake);
      });
    }
    if (poll?.terminated) throw new ApiError(409, POLL_CONFLICT);
    return this.updates.slice(0, limit);
  }

  /** Callback queries answered so far (Telegram takes one answer per query). */
  readonly answeredQueries = new Set<string>();

  private answerOnce(p: Params): void {
    const id = String(p.callback_query_id ?? "");
    if (id === "" || this.answeredQueries.has(id)) throw new ApiError(400, REFUSALS.queryAnswered);
    if (typeof p.text === "string" && p.text.length > 200) throw new ApiError(400, REFUSALS.answerTooLong);
    this.answeredQueries.add(id);
  }

  private record(m: Omit<SentMessage, "message_id" | "edited">): unknown {
    const msg: SentMessage = { ...m, message_id: this.nextMessageId++, edited: 0 };
    this.messages.push(msg);
    const ofChat = this.byChat.get(msg.chat_id);
    if (ofChat) ofChat.push(msg);
    else this.byChat.set(msg.chat_id, [msg]);
    this.events.emit("message", msg);
    return {
      message_id: msg.message_id,
      date: now(),
      chat: { id: msg.chat_id, type: msg.chat_id < 0 ? "group" : "private" },
      text: msg.text,
      from: BOT_USER,
    };
  }
}

const now = () => Math.floor(Date.now() / 1000);

// ── Telegram's refusals ──────────────────────────────────────────────────────────────────────
// What the real Bot API answers to content it will not take; each one has ended a real
// conversation with an internal error before, so the fake refuses exactly the same way.

export const REFUSALS = {
  tooLong: "Bad Request: message is too long",
  captionTooLong: "Bad Request: message caption is too long",
  notModified:
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  queryAnswered: "Bad Request: query is too old and response timeout expired or query ID is invalid",
  answerTooLong: "Bad Request: MESSAGE_TOO_LONG",
  buttonData: "Bad Request: BUTTON_DATA_INVALID",
  notUtf8: "Bad Request: strings must be encoded in UTF-8",
  blocked: "Forbidden: bot was blocked by the user",
} as const;

/** A lone surrogate: what `slice(0, n)` leaves of a cut emoji; not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function requireText(text: unknown): string {
  if (typeof text !== "string" || text.length === 0)
    throw new ApiError(400, "Bad Request: message text is empty");
  if (LONE_SURROGATE.test(text)) throw new ApiError(400, REFUSALS.notUtf8);
  if (text.length > 4096) throw new ApiError(400, REFUSALS.tooLong);
  return text;
}

function checkedCaption(caption: unknown): string | undefined {
  if (typeof caption !== "string") return undefined;
  if (LONE_SURROGATE.test(caption)) throw new ApiError(400, REFUSALS.notUtf8);
  if (caption.length > 1024) throw new ApiError(400, REFUSALS.captionTooLong);
  return caption;
}

/** Every button's callback_data is 1–64 bytes, its label valid text. */
function checkedMarkup(markup: unknown): SentMessage["reply_markup"] {
  const parsed = parseMarkup(markup);
  for (const b of (parsed?.inline_keyboard ?? []).flat()) {
    if (LONE_SURROGATE.test(b.text)) throw new ApiError(400, REFUSALS.notUtf8);
    if (b.callback_data === undefined) continue;
    const bytes = Buffer.byteLength(b.callback_data);
    if (bytes < 1 || bytes > 64 || LONE_SURROGATE.test(b.callback_data))
      throw new ApiError(400, REFUSALS.buttonData);
  }
  return parsed;
}

const keyboardOf = (markup: SentMessage["reply_markup"]) => JSON.stringify(markup?.inline_keyboard ?? []);

/** An edit to exactly what the message already shows is refused. */
function refuseUnmodified(
  m: SentMessage,
  text: string | undefined,
  markup: SentMessage["reply_markup"],
): void {
  if (m.text === text && keyboardOf(m.reply_markup) === keyboardOf(markup))
    throw new ApiError(400, REFUSALS.notModified);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Whether bytes are valid UTF-8 (Telegram refuses strings that are not). */
function isUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function parseMarkup(markup: unknown): SentMessage["reply_markup"] {
  if (markup === undefined) return undefined;
  return (typeof markup === "string" ? JSON.parse(markup) : markup) as SentMessage["reply_markup"];
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** JSON, url-encoded or multipart bodies, and query parameters; `malformed` when text is not UTF-8. */
async function readParams(req: IncomingMessage): Promise<{ params: Params; malformed: boolean }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
  if (body.length === 0) return { params: query, malformed: false };
  if (type.includes("multipart/form-data")) {
    const { params, malformed } = parseMultipart(body, type);
    return { params: { ...query, ...params }, malformed };
  }
  const malformed = !isUtf8(body);
  if (type.includes("application/json"))
    return { params: { ...query, ...(JSON.parse(body.toString("utf8")) as Params) }, malformed };
  return {
    params: { ...query, ...Object.fromEntries(new URLSearchParams(body.toString("utf8"))) },
    malformed,
  };
}

/** A small multipart/form-data reader: text fields as strings, files as File objects. */
function parseMultipart(body: Buffer, type: string): { params: Params; malformed: boolean } {
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (!boundary) return { params: {}, malformed: false };
  const out: Params = {};
  let malformed = false;
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    // Skip the CRLF after the boundary, and the CRLF before the next one.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/.exec(headers)?.[1];
      const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
      if (name !== undefined) {
        if (filename === undefined && !isUtf8(content)) malformed = true;
        out[name] = filename !== undefined ? new File([content], filename) : content.toString("utf8");
      }
    }
    start = next;
  }
  // Telegram's convention: a field "attach://name" points at the part called "name".
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === "string" && v.startsWith("attach://")) out[k] = out[v.slice("attach://".length)];
  }
  return { params: out, malformed };
}
