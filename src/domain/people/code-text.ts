// Codes people type on a phone (invite and link codes): 8 characters of Crockford's base32 (no I,
// L, O, U), shown as "7K2Q-9XWD", read in any case with or without spaces and dashes, with the
// look-alikes O → 0 and I, L → 1 forgiven, after an optional keyword ("THAMGIA", "tham gia",
// "/start", "LIENKET", …; diacritics or not).
import { fold } from "../replies/normalize.ts";

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 8;

/** The code as it is stored and hashed ("7K2Q9XWD"), or null when `text` is not one. */
export function normalizeCode(text: string): string | null {
  const compact = text
    .toUpperCase()
    .replace(/[\s\-–—.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (compact.length !== CODE_LENGTH) return null;
  for (const c of compact) if (!CODE_ALPHABET.includes(c)) return null;
  return compact;
}

/** "7K2Q9XWD" → "7K2Q-9XWD" (how it is shown). */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a message that carries a code asks for: joining, linking, or not said (a bare code). */
export type CodeIntent = "join" | "link" | "bare";

const KEYWORDS: [RegExp, CodeIntent][] = [
  [/^\/?(?:tham ?gia|start|join)\b/, "join"],
  [/^\/?(?:lien ?ket|link)\b/, "link"],
];

/**
 * An invite code of the first kind (128 random bits, URL-safe, 22 characters), still honoured:
 * alone or after the joining keyword, read as sent (it is case-sensitive).
 */
const OLD_INVITE = /^(?:\/?(?:tham ?gia|start|join)\s*:?\s*)?([A-Za-z0-9_-]{22})$/i;

/** A message that is a code, with or without its keyword: "THAMGIA 7K2Q-9XWD", "7k2q 9xwd". */
export function readCodeMessage(text: string): { intent: CodeIntent; code: string } | null {
  const old = OLD_INVITE.exec(text.trim());
  if (old !== null) return { intent: old[1]!.length < text.trim().length ? "join" : "bare", code: old[1]! };
  const folded = fold(text);
  for (const [keyword, intent] of KEYWORDS) {
    const m = keyword.exec(folded);
    if (m === null) continue;
    const code = normalizeCode(folded.slice(m[0].length).replace(/^\s*:/, ""));
    return code === null ? null : { intent, code };
  }
  // Alone, only the shapes a code is given in ("7K2Q-9XWD", "7k2q 9xwd", "7K2Q9XWD") with a digit:
  // "cảm ơn nhé" is eight letters too.
  if (!/^[0-9a-z]{4}[\s\-–—.]?[0-9a-z]{4}$/.test(folded) || !/\d/.test(folded)) return null;
  const code = normalizeCode(folded);
  return code === null ? null : { intent: "bare", code };
}
