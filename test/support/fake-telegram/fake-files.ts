// Files people sent to the bot, as the fake Telegram keeps them: getFile hands out a file_path
// (refused as Telegram refuses: an unknown file_id, a file over the 20 MB bots may download), and
// GET /file/bot<token>/<file_path> serves the bytes.
import type { IncomingMessage, ServerResponse } from "node:http";

/** The largest file the Bot API lets a bot download. */
export const BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

export const FILE_REFUSALS = {
  tooBig: "Bad Request: file is too big",
  invalidId: "Bad Request: invalid file_id",
} as const;

interface StoredFile {
  id: string;
  bytes: Buffer;
  path: string | null;
}

export class FakeFiles {
  private files = new Map<string, StoredFile>();
  /** Downloads served (file paths), in order. */
  readonly downloads: string[] = [];

  /** Keeps a file a user sends; returns what a message's `document` carries. */
  add(bytes: Uint8Array): { file_id: string; file_unique_id: string; file_size: number } {
    const id = `doc-${this.files.size + 1}-${Math.random().toString(36).slice(2, 10)}`;
    this.files.set(id, { id, bytes: Buffer.from(bytes), path: null });
    return { file_id: id, file_unique_id: id.slice(4), file_size: bytes.byteLength };
  }

  /** getFile: the file's path for download, or the reason Telegram gives. */
  getFile(fileId: unknown): { ok: true; result: unknown } | { ok: false; description: string } {
    const file = typeof fileId === "string" ? this.files.get(fileId) : undefined;
    if (file === undefined) return { ok: false, description: FILE_REFUSALS.invalidId };
    if (file.bytes.byteLength > BOT_DOWNLOAD_LIMIT) return { ok: false, description: FILE_REFUSALS.tooBig };
    file.path ??= `documents/${file.id}.bin`;
    return {
      ok: true,
      result: {
        file_id: file.id,
        file_unique_id: file.id.slice(4),
        file_size: file.bytes.byteLength,
        file_path: file.path,
      },
    };
  }

  /** Serves GET /file/bot<token>/<path> for paths getFile handed out; false when not a file URL. */
  serve(req: IncomingMessage, res: ServerResponse, token: string): boolean {
    const match = /^\/file\/bot([^/]+)\/(.+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (match === null) return false;
    const file = [...this.files.values()].find((f) => f.path !== null && f.path === match[2]);
    if (req.method !== "GET" || match[1] !== token || file === undefined) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
      return true;
    }
    this.downloads.push(file.path!);
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": file.bytes.byteLength,
    });
    res.end(file.bytes);
    return true;
  }
}
