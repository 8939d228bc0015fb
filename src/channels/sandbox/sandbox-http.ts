// Plumbing of the sandbox's HTTP server: JSON in and out, the page's static files, Server-Sent
// Events, and the checks that keep other web sites out of a server on 127.0.0.1.
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "public");
const STATIC: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/render.js": { file: "render.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
};
const MAX_BODY_BYTES = 64 * 1024;

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

export function sendBytes(
  res: ServerResponse,
  o: { bytes: Uint8Array; type: string; fileName: string; inline: boolean },
): void {
  const disposition = `${o.inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(o.fileName)}`;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "content-type": o.type,
    "content-length": o.bytes.byteLength,
    "content-disposition": disposition,
  });
  res.end(o.bytes);
}

/** The page's own files, from a fixed list (no path from the request reaches the disk). */
export async function serveStatic(res: ServerResponse, pathname: string): Promise<boolean> {
  const entry = STATIC[pathname];
  if (entry === undefined) return false;
  const body = await readFile(path.join(PUBLIC_DIR, entry.file));
  res.writeHead(200, { ...SECURITY_HEADERS, "content-type": entry.type });
  res.end(body);
  return true;
}

/**
 * Only this machine's own pages may talk to the sandbox: the Host must be localhost or 127.0.0.1
 * (no DNS rebinding), and a request from a browser page must come from the same origin.
 */
export function checkLocalRequest(req: IncomingMessage, port: number): void {
  const allowed = [`localhost:${port}`, `127.0.0.1:${port}`];
  if (!allowed.includes(req.headers.host ?? "")) throw new HttpError(403, "host");
  const origin = req.headers.origin;
  if (origin !== undefined && !allowed.some((h) => origin === `http://${h}`))
    throw new HttpError(403, "origin");
}

/** A JSON body (a POST must say application/json: a plain cross-site form cannot). */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) throw new HttpError(415, "json");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "too large");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new HttpError(400, "json");
  }
}

/**
 * A file's bytes, sent as application/octet-stream (a cross-site form cannot send that type);
 * null when the body passes `maxBytes` (the rest is not read).
 */
export async function readBytes(req: IncomingMessage, maxBytes: number): Promise<Uint8Array | null> {
  if ((req.headers["content-type"] ?? "") !== "application/octet-stream") throw new HttpError(415, "bytes");
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Opens an event stream; returns a function sending one event. Comments keep it alive. */
export function openEventStream(req: IncomingMessage, res: ServerResponse, onClose: () => void) {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "content-type": "text/event-stream; charset=utf-8",
    connection: "keep-alive",
  });
  res.write("retry: 1000\n\n");
  const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
  req.on("close", () => {
    clearInterval(keepAlive);
    onClose();
  });
  return (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
}
