// A file (an export, a chart) kept for one member behind an unguessable link, for channels that
// cannot send documents (Zalo). Only the token's hash is stored: the link is in the member's chat.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { ServiceDeps } from "../service-deps.ts";

/** 256 random bits, URL-safe. */
export function newFileToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashFileToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const MIME: Readonly<Record<string, string>> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  png: "image/png",
  yaml: "application/yaml",
};

const KEEP_EXPIRED_MS = 7 * 86_400_000;

export interface CreateFileLinkInput {
  recipientMemberId: string;
  fileName: string;
  format: string;
  bytes: Uint8Array;
  ttlHours: number;
}

/** Stores the file for its recipient and returns the token of its link (shown once, never stored). */
export async function createFileLink(
  deps: Pick<ServiceDeps, "db" | "clock">,
  input: CreateFileLinkInput,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newFileToken();
  const now = deps.clock.now().getTime();
  const expiresAt = new Date(now + input.ttlHours * 3_600_000);
  // Files are kept a week past their expiry (so a late click is told "expired"), then deleted.
  await deps.db.fileLink.deleteMany({ where: { expiresAt: { lt: new Date(now - KEEP_EXPIRED_MS) } } });
  await deps.db.fileLink.create({
    data: {
      id: randomUUID(),
      tokenHash: hashFileToken(token),
      recipientMemberId: input.recipientMemberId,
      fileName: input.fileName,
      mimeType: MIME[input.format] ?? "application/octet-stream",
      bytes: Buffer.from(input.bytes),
      expiresAt,
    },
  });
  return { token, expiresAt };
}
