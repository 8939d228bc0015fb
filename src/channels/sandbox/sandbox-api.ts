// The sandbox's JSON API: who one can act as, joining, sending what a person typed or picked
// (read into the conversation's Inputs), files, the live event stream, the clock and the reset.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { Conversation, Input } from "../../conversation/conversation-types.ts";
import { formatInstant } from "../../domain/format-date.ts";
import { translator, type Locale } from "../../i18n/translator.ts";
import { AppError } from "../../services/app-error.ts";
import { joinSandboxPersona, listSandboxPersonas } from "../../services/sandbox/sandbox-personas.ts";
import type { SandboxChats } from "./sandbox-chats.ts";
import type { SandboxDeps } from "./sandbox-deps.ts";
import {
  checkLocalRequest,
  HttpError,
  openEventStream,
  readBytes,
  readJson,
  sendBytes,
  sendJson,
  serveStatic,
} from "./sandbox-http.ts";
import { isPersonaId, sandboxIdentity } from "./sandbox-identity.ts";
import { pageStrings, personaLabel } from "./sandbox-strings.ts";

export interface SandboxApiOptions {
  deps: SandboxDeps;
  conversation: Conversation;
  chats: SandboxChats;
  port: () => number;
  /** Moves the sandbox clock forward, running the reminder and digest tick on the way. */
  advance(ms: number): Promise<Date>;
  reset(): Promise<void>;
  /** Runs the reminder and digest tick (after someone joins: what is due reaches them at once). */
  tick(): Promise<void>;
}

const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  png: "image/png",
  yaml: "application/yaml",
} as const;
const ZLang = z.enum(["vi", "en"]).catch("vi");
const ZInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    text: z.string().trim().min(1).max(10_000),
    replyTo: z.string().optional(),
  }),
  z.object({
    kind: z.literal("choice"),
    payload: z.string().regex(/^[\x20-\x7e]{1,64}$/),
    originId: z.string().min(1),
  }),
]);
/** The largest file a person may attach (as on Telegram, where bots read files up to 20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const ZUpload = z.object({ persona: z.string(), name: z.string().trim().min(1).max(200) });
const ZClock = z.object({ unit: z.enum(["hours", "days"]), amount: z.number().int().min(1).max(31) });
const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@\S+)?(?:\s+([\s\S]*))?$/;

/** What a person typed, as the conversation reads it: "/tasks DA5" is a command. */
export function readTyped(text: string, replyTo: string | undefined): Input {
  const m = COMMAND.exec(text);
  if (m) return { kind: "command", name: (m[1] ?? "").toLowerCase(), args: (m[2] ?? "").trim() };
  return replyTo === undefined ? { kind: "text", text } : { kind: "text", text, replyTo };
}

export function sandboxApi(o: SandboxApiOptions) {
  const { deps, chats } = o;
  const queues = new Map<string, Promise<unknown>>();
  /** One chat's inputs are handled in order, one at a time. */
  const inOrder = <T>(chatId: string, work: () => Promise<T>): Promise<T> => {
    const next = (queues.get(chatId) ?? Promise.resolve()).then(work, work);
    queues.set(
      chatId,
      next.catch(() => undefined),
    );
    return next;
  };

  const state = async (lang: Locale) => {
    const now = deps.clock.now();
    const personas = await listSandboxPersonas(deps);
    return {
      now: now.toISOString(),
      nowLabel: formatInstant(now, deps.timezone, lang),
      timezone: deps.timezone,
      maxUploadBytes: MAX_UPLOAD_BYTES,
      personas: personas.map((p) => ({
        id: p.id,
        label: personaLabel(p, lang),
        role: p.role,
        joined: p.memberId !== null,
      })),
    };
  };

  const personaOf = async (id: string) => {
    const persona = isPersonaId(id) ? (await listSandboxPersonas(deps)).find((p) => p.id === id) : undefined;
    if (persona === undefined) throw new AppError("sandbox-unknown-persona");
    return persona;
  };

  /** Hands an input to the conversation and shows its reply; a failure is shown with a reference. */
  const converse = (chatId: string, label: string, lang: Locale, input: Input, originId?: string) =>
    inOrder(chatId, async () => {
      try {
        const reply = await o.conversation.handle(sandboxIdentity(chatId, label, lang), input);
        return chats.deliver(chatId, reply, originId);
      } catch (err) {
        const ref = randomBytes(4).toString("hex").toUpperCase();
        deps.logger.error({ err, ref, chatId }, "sandbox input failed");
        const text = translator(lang)("error-internal", { ref });
        return chats.deliver(chatId, { outputs: [{ kind: "message", text }] });
      }
    });

  const routes: Record<
    string,
    (req: IncomingMessage, res: ServerResponse, url: URL, lang: Locale) => Promise<void>
  > = {
    "GET /healthz": async (_req, res) => sendJson(res, 200, { ok: true }),
    "GET /favicon.ico": async (_req, res) => void res.writeHead(204).end(),
    "GET /api/strings": async (_req, res, _url, lang) => sendJson(res, 200, pageStrings(lang)),
    "GET /api/state": async (_req, res, _url, lang) => sendJson(res, 200, await state(lang)),
    "GET /api/events": async (req, res) => {
      const send = openEventStream(req, res, () => unsubscribe());
      const unsubscribe = chats.subscribe(send);
    },
    "POST /api/join": async (req, res, _url, lang) => {
      const { persona: id } = z.object({ persona: z.string() }).parse(await readJson(req));
      const persona = await personaOf(id);
      const label = personaLabel(persona, lang);
      const joined = await joinSandboxPersona(deps, {
        personaId: persona.id,
        fullName: label,
        locale: lang,
        inviteTtlDays: deps.inviteTtlDays,
      });
      if (joined.kind === "joined") {
        await converse(persona.id, label, lang, { kind: "command", name: "start", args: "" });
        await o.tick();
      }
      sendJson(res, 200, await state(lang));
    },
    "GET /api/messages": async (_req, res, url) => {
      const id = url.searchParams.get("persona") ?? "";
      if (!isPersonaId(id)) throw new AppError("sandbox-unknown-persona");
      sendJson(res, 200, chats.history(id));
    },
    "POST /api/input": async (req, res, _url, lang) => {
      const body = z.object({ persona: z.string(), input: ZInput }).parse(await readJson(req));
      const persona = await personaOf(body.persona);
      const label = personaLabel(persona, lang);
      const input = body.input;
      if (input.kind === "choice") {
        if (chats.find(persona.id, input.originId) === undefined) throw new HttpError(400, "origin");
        const added = await converse(persona.id, label, lang, input, input.originId);
        return sendJson(res, 200, added);
      }
      const replyTo =
        input.replyTo !== undefined && chats.find(persona.id, input.replyTo) ? input.replyTo : undefined;
      chats.append({ chatId: persona.id, from: "person", text: input.text, ...(replyTo ? { replyTo } : {}) });
      sendJson(res, 200, await converse(persona.id, label, lang, readTyped(input.text, replyTo)));
    },
    /** A file attached on the page: kept by id, shown in the chat, handed to the conversation. */
    "POST /api/upload": async (req, res, url, lang) => {
      const q = ZUpload.parse(Object.fromEntries(url.searchParams));
      const persona = await personaOf(q.persona);
      const bytes = await readBytes(req, MAX_UPLOAD_BYTES);
      if (bytes === null) {
        res.setHeader("connection", "close");
        throw new AppError("file-too-big", { max: String(MAX_UPLOAD_BYTES / 1024 / 1024) });
      }
      const upload = chats.keepUpload(q.name, bytes);
      chats.append({ chatId: persona.id, from: "person", text: `📎 ${q.name}` });
      const file = {
        kind: "document" as const,
        fileId: upload.id,
        fileName: q.name,
        sizeBytes: bytes.byteLength,
      };
      const label = personaLabel(persona, lang);
      sendJson(res, 200, await converse(persona.id, label, lang, { kind: "file", file }));
    },
    "GET /api/file": async (_req, res, url) => {
      const file = chats.file(url.searchParams.get("id") ?? "");
      if (file === undefined) throw new HttpError(404, "file");
      const inline = url.searchParams.get("inline") === "1" && file.format === "png";
      sendBytes(res, { bytes: file.bytes, type: MIME[file.format], fileName: file.fileName, inline });
    },
    "POST /api/clock": async (req, res, _url, lang) => {
      const { unit, amount } = ZClock.parse(await readJson(req));
      await o.advance(amount * (unit === "hours" ? 3_600_000 : 86_400_000));
      sendJson(res, 200, await state(lang));
    },
    "POST /api/reset": async (req, res, _url, lang) => {
      await readJson(req);
      await o.reset();
      sendJson(res, 200, await state(lang));
    },
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const lang = ZLang.parse(url.searchParams.get("lang"));
    const t = translator(lang);
    try {
      checkLocalRequest(req, o.port());
      const route = routes[`${req.method ?? "GET"} ${url.pathname}`];
      if (route !== undefined) return await route(req, res, url, lang);
      if (req.method === "GET" && (await serveStatic(res, url.pathname))) return;
      throw new HttpError(404, "not found");
    } catch (err) {
      if (res.headersSent) return void res.end();
      if (err instanceof AppError) return sendJson(res, 400, { error: t(`error-${err.code}`, err.params) });
      if (err instanceof z.ZodError) return sendJson(res, 400, { error: t("sandbox-bad-input") });
      if (err instanceof HttpError) return sendJson(res, err.status, { error: t("sandbox-bad-request") });
      const ref = randomBytes(4).toString("hex").toUpperCase();
      deps.logger.error({ err, ref, path: url.pathname }, "sandbox request failed");
      sendJson(res, 500, { error: t("error-internal", { ref }) });
    }
  };
}
