// Reads one free-form progress message the way officials type it. Pure; never throws; never
// invents a value: every field comes from a line of the message, anything unreadable is an error
// naming its line.
import { cutGraphemes } from "../text/cut-graphemes.ts";
import { readPeriodKey } from "../calendar/period-key.ts";
import { fold } from "./normalize.ts";
import { amountErrorCode, MAX_AMOUNT_VND, parseAmount } from "./parse-amount.ts";
import { LABEL_TABLE, statusOf, TEXT_LIMIT, type FieldName, type ReportStatus } from "./reply-fields.ts";

export interface ReplyValue {
  item?: string;
  /** A period key as written: "2023-Q1", or "Q1" (any year). */
  period?: string;
  status?: ReportStatus;
  /** Percent of the year's target, 0–100, at most one decimal. */
  progressPct?: number;
  disbursedVnd?: bigint;
  disbursedInvestmentVnd?: bigint;
  disbursedRecurrentVnd?: bigint;
  results?: string;
  obstacles?: string;
  proposals?: string;
}

export interface ReplyError {
  field: FieldName | "line";
  /** 1-based line of the message. */
  line: number;
  /** Locale key suffix: `reply-error-<code>`. */
  code: string;
  params: Record<string, string | number>;
}

export interface ReplyReading {
  ok: boolean;
  value: ReplyValue;
  errors: ReplyError[];
}

const ITEM_CODE = /^[A-Za-z]{2,4}\d{0,3}(\.[A-Za-z]{1,4}\d{1,3})*$/;
/** "DA5.TDA3", "da5.tda3", "CT"; not an ordinary word like "Chao". */
const looksLikeCode = (line: string) =>
  ITEM_CODE.test(line) && (/\d/.test(line) || line === line.toUpperCase());
/** ":", "=" or a dash; a dash right before a digit is a minus sign ("Giải ngân -100"), not a separator. */
const SEPARATOR = /^\s*(?:[:=]|[-–—](?![\d.,])|(?=[-−]\d))\s*/;
const TEXT_FIELDS = ["results", "obstacles", "proposals"] as const;

/** A line's label and the rest of it, if it starts with a known label. */
function splitLabel(line: string): { field: FieldName; rest: string; label: string } | null {
  const folded = fold(line);
  for (const { label, field } of LABEL_TABLE) {
    if (!folded.startsWith(label)) continue;
    const after = folded.slice(label.length);
    if (after !== "" && !/^[\s:=\-–—]/.test(after)) continue; // "ketqua" is not "ket qua"
    // Cut the same number of characters from the original line (folding keeps letters 1:1).
    const original = cutPrefix(line, label.length);
    const sep = SEPARATOR.exec(original);
    if (sep === null && after.trim() !== "" && field !== "progress" && field !== "item") continue;
    return { field, rest: original.slice(sep ? sep[0].length : 0).trim(), label };
  }
  return null;
}

/** The original line without its first `n` folded characters (whitespace runs count as one). */
function cutPrefix(line: string, n: number): string {
  const trimmed = line.trimStart();
  let folded = 0;
  let i = 0;
  while (i < trimmed.length && folded < n) {
    if (/\s/.test(trimmed[i] ?? "")) {
      while (i < trimmed.length && /\s/.test(trimmed[i] ?? "")) i++;
      folded++;
      continue;
    }
    const ch = (trimmed[i] ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    folded += Math.max(1, ch.length);
    i++;
  }
  return trimmed.slice(i);
}

/** "60", "60%", "60,5 %", "đạt 60%" → 60 / 60.5; null outside 0–100 or unreadable. */
export function parsePercent(text: string): number | null {
  const m = /^(?:dat\s+)?(\d{1,3}(?:[.,]\d)?)\s*%?(?:\s.*)?$/.exec(fold(text));
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(",", "."));
  return n >= 0 && n <= 100 ? n : null;
}

export function parseReply(text: string): ReplyReading {
  const value: ReplyValue = {};
  const errors: ReplyError[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let open: (typeof TEXT_FIELDS)[number] | null = null;
  const seen = new Set<FieldName>();
  const fail = (
    field: ReplyError["field"],
    line: number,
    code: string,
    params: Record<string, string | number> = {},
  ) => errors.push({ field, line, code, params });

  lines.forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (line === "") return;
    const labelled = splitLabel(line);
    if (labelled === null) {
      if (!seen.size && value.item === undefined && looksLikeCode(line)) {
        value.item = line.toUpperCase();
        return;
      }
      if (open !== null) {
        const before = value[open];
        value[open] = before ? `${before}\n${line}` : line;
        return;
      }
      fail("line", n, "unknown-line", { text: cutGraphemes(line, 60) });
      return;
    }
    const { field, rest } = labelled;
    open = null;
    if (seen.has(field)) {
      fail(field, n, "duplicate-field", { text: cutGraphemes(line, 60) });
      return;
    }
    seen.add(field);
    if (rest === "" && !(TEXT_FIELDS as readonly string[]).includes(field)) {
      fail(field, n, `bad-${field}`, { text: "" });
      return;
    }
    switch (field) {
      case "item": {
        if (ITEM_CODE.test(rest)) value.item = rest.toUpperCase();
        else fail(field, n, "bad-item", { text: cutGraphemes(rest, 40) });
        return;
      }
      case "period": {
        const key = readPeriodKey(rest);
        if (key) value.period = key;
        else fail(field, n, "bad-period", { text: cutGraphemes(rest, 40) });
        return;
      }
      case "status": {
        const s = statusOf(fold(rest));
        if (s) value.status = s;
        else fail(field, n, "bad-status", { text: cutGraphemes(rest, 40) });
        return;
      }
      case "progress": {
        const p = parsePercent(rest);
        if (p === null) fail(field, n, "bad-progress", { text: cutGraphemes(rest, 40) });
        else value.progressPct = p;
        return;
      }
      case "disbursed":
      case "disbursedInvestment":
      case "disbursedRecurrent": {
        const split = field === "disbursed" ? splitByCapitalType(rest) : null;
        if (split) {
          if (split.investment !== undefined) value.disbursedInvestmentVnd = split.investment;
          if (split.recurrent !== undefined) value.disbursedRecurrentVnd = split.recurrent;
          if (split.error) fail(field, n, amountErrorCode(split.error), moneyParams(rest));
          return;
        }
        const a = parseAmount(rest);
        if (!a.ok) return void fail(field, n, amountErrorCode(a.reason), moneyParams(rest));
        if (field === "disbursed") value.disbursedVnd = a.vnd;
        else if (field === "disbursedInvestment") value.disbursedInvestmentVnd = a.vnd;
        else value.disbursedRecurrentVnd = a.vnd;
        return;
      }
      default: {
        value[field] = rest;
        open = field;
      }
    }
  });
  for (const f of TEXT_FIELDS) {
    const v = value[f];
    if (v === undefined) continue;
    if (v.trim() === "" || /^\.{2,}$|^…$/.test(v.trim())) delete value[f];
    else if (v.length > TEXT_LIMIT) {
      fail(f, 0, "too-long", { max: TEXT_LIMIT });
      delete value[f];
    }
  }
  if (
    value.disbursedVnd === undefined &&
    (value.disbursedInvestmentVnd !== undefined || value.disbursedRecurrentVnd !== undefined)
  ) {
    value.disbursedVnd = (value.disbursedInvestmentVnd ?? 0n) + (value.disbursedRecurrentVnd ?? 0n);
  }
  const anything = Object.keys(value).some((k) => k !== "item");
  if (!anything && errors.length === 0) fail("line", 1, "empty", {});
  return { ok: errors.length === 0, value, errors };
}

/** The parameters of a money error: the text as written and the largest amount accepted. */
const moneyParams = (text: string) => ({
  text: text.slice(0, 40),
  max: (MAX_AMOUNT_VND / 1_000_000_000n).toString(),
});

type SplitError = "unreadable" | "negative" | "too-large";

/** "đầu tư 300; sự nghiệp 900,5" → both parts; null when the value names no capital type. */
function splitByCapitalType(
  text: string,
): { investment?: bigint; recurrent?: bigint; error?: SplitError } | null {
  const folded = fold(text);
  if (!/(dau tu|su nghiep|investment|recurrent)/.test(folded)) return null;
  const out: { investment?: bigint; recurrent?: bigint; error?: SplitError } = {};
  // The first refusal is the one told: a negative or absurd part before an unreadable one.
  const refuse = (reason: SplitError) => {
    if (out.error === undefined || out.error === "unreadable") out.error = reason;
  };
  for (const part of text.split(/;|\bvà\b|\band\b/)) {
    const f = fold(part);
    // ":" or "=" separate; a dash is a minus sign unless a space follows it ("đầu tư - 300").
    const m = /^(?:von\s+)?(dau tu|su nghiep|investment|recurrent)\s*(?:[:=]|-(?=\s))?\s*(.+)$/.exec(f);
    if (!m) {
      if (f !== "") refuse("unreadable");
      continue;
    }
    const amountText = part.slice(part.length - (m[2] ?? "").length);
    const a = parseAmount(amountText);
    if (!a.ok) {
      refuse(a.reason);
      continue;
    }
    if (m[1] === "dau tu" || m[1] === "investment") out.investment = a.vnd;
    else out.recurrent = a.vnd;
  }
  return out;
}
