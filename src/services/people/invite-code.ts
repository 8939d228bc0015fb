import { createHash, randomBytes } from "node:crypto";

/** 128 random bits, URL-safe: fits a Telegram deep link (`?start=`, max 64 chars of [A-Za-z0-9_-]). */
export function newInviteCode(): string {
  return randomBytes(16).toString("base64url");
}

/** Only the hash is stored: a leaked database does not leak usable codes. */
export function hashInviteCode(code: string): string {
  return createHash("sha256").update(code.trim()).digest("hex");
}

export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}
