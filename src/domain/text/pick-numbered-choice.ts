// Choices on a channel without buttons: offered as a numbered list, picked by the next message,
// "1", "01", "một" (with or without diacritics), or the label itself. Pure: the offer comes in.

/** How a label or an answer compares: no diacritics, no emoji or punctuation, lower case, single spaces. */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Number words people type for a choice (Vietnamese, folded; English for the English interface). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const DIGITS = /^(?:số|so|no\.?|number)?\s*(\d{1,3})[.)]?$/i;

/** The number an answer is ("1", "01", " 2. ", "một", "số 3"), or null when it is not just a number. */
export function answerNumber(text: string): number | null {
  const digits = DIGITS.exec(text.trim());
  if (digits) return Number(digits[1]);
  return NUMBER_WORDS[foldForMatch(text).replace(/^(so|number|no) /, "")] ?? null;
}

export type ChoicePick =
  /** The answer picks the choice at `index` (0-based). */
  | { kind: "picked"; index: number }
  /** A number that is not on the list (1..count). */
  | { kind: "out-of-range"; count: number }
  /** Not an answer to the choices (a report, a command, any other text). */
  | { kind: "none" };

/**
 * Reads `text` against the labels offered. `byNumber: false` when the question itself asks for a
 * typed answer (a percentage, an amount): then only a label picks, and a number is the answer.
 */
export function pickNumberedChoice(text: string, labels: readonly string[], byNumber = true): ChoicePick {
  const folded = foldForMatch(text);
  if (folded === "") return { kind: "none" };
  const byLabel = labels.findIndex((l) => foldForMatch(l) === folded);
  if (byLabel >= 0) return { kind: "picked", index: byLabel };
  if (!byNumber) return { kind: "none" };
  const n = answerNumber(text);
  if (n === null) return { kind: "none" };
  if (n >= 1 && n <= labels.length) return { kind: "picked", index: n - 1 };
  return { kind: "out-of-range", count: labels.length };
}
