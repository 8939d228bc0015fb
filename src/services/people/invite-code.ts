import { createHash, randomBytes, scrypt } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH, formatCode, normalizeCode } from "../../domain/people/code-text.ts";

/**
 * A new code, as shown ("7K2Q-9XWD"): 40 random bits, short enough to type on a phone (Zalo has no
 * deep links) and valid in a Telegram deep link (`?start=`, [A-Za-z0-9_-]). Guessing is slowed by
 * the per-sender attempt limit, single use and expiry.
 */
export function newInviteCode(): string {
  for (;;) {
    const bytes = randomBytes(CODE_LENGTH);
    // 32 symbols: the low 5 bits of each byte are uniform.
    const code = Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join("");
    // With a digit, so that a code sent alone is told from a word (5% of draws are redrawn).
    if (/\d/.test(code)) return formatCode(code);
  }
}

// A slow hash for short codes: a leaked database must not give them away by trying all 2^40.
const SCRYPT_SALT = "tiendo-invite-code-v1";
// 2^12: a few milliseconds per code here, yet trying all 2^40 codes costs centuries of CPU.
const SCRYPT_OPTIONS = { N: 1 << 12, r: 8, p: 1 };

function scryptHex(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(text, SCRYPT_SALT, 32, SCRYPT_OPTIONS, (err, key) =>
      err ? reject(err) : resolve(key.toString("hex")),
    );
  });
}

/**
 * Only the hash is stored: a leaked database does not leak usable codes. Short codes are hashed
 * from their normalized form (any case, spaces, dashes); older 22-character codes as they were.
 */
export function hashInviteCode(code: string): Promise<string> {
  const short = normalizeCode(code);
  if (short !== null) return scryptHex(short);
  return Promise.resolve(createHash("sha256").update(code.trim()).digest("hex"));
}

export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}
