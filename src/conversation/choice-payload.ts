// Choice payloads: encoded and validated in one place. A payload comes back from a person's device,
// so it is parsed, never trusted: a forged or stale payload parses to null. ASCII, ≤ 64 bytes
// (Telegram's callback_data limit, which every channel honours).
import { z } from "zod";
import { MEMBER_ROLES } from "../domain/access/roles.ts";
import { REPORT_STATUSES } from "../domain/replies/reply-fields.ts";

const id = z.string().regex(/^[0-9a-f-]{36}$/);
const agency = z.string().regex(/^[A-Za-z0-9._+-]{1,40}$/);
const role = z.enum(MEMBER_ROLES);

/** Commands that ask which plan when several are active (see plan-argument.ts). */
export const PLAN_COMMANDS = ["summary", "project", "overdue", "export"] as const;
/** What may ride in a choice payload: short ASCII arguments ("Q2", "2024-Q1 pdf", "DA5"). */
export const PLAN_ARGS = /^[A-Za-z0-9 .-]{0,20}$/;

export const ZChoice = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("inv-role"), role }),
  z.object({ kind: z.literal("inv-page"), role, page: z.coerce.number().int().min(0).max(1000) }),
  z.object({ kind: z.literal("inv-agency"), role, agency: z.union([agency, z.literal("-")]) }),
  z.object({ kind: z.literal("rv-inv"), id }),
  z.object({ kind: z.literal("rv-mem"), id }),
  z.object({ kind: z.literal("rv-mem-ok"), id }),
  z.object({ kind: z.literal("rv-cancel") }),
  z.object({ kind: z.literal("lang"), locale: z.enum(["vi", "en"]) }),
  z.object({ kind: z.literal("rem-now"), id }),
  z.object({ kind: z.literal("rem-snooze"), id }),
  z.object({ kind: z.literal("rp-ok"), id }),
  z.object({ kind: z.literal("rp-edit"), id }),
  z.object({ kind: z.literal("rp-no"), id }),
  z.object({ kind: z.literal("wz-item"), id }),
  z.object({ kind: z.literal("wz-period"), id }),
  z.object({ kind: z.literal("wz-status"), status: z.enum(REPORT_STATUSES) }),
  z.object({ kind: z.literal("wz-skip") }),
  z.object({ kind: z.literal("wz-back") }),
  z.object({ kind: z.literal("wz-cancel") }),
  z.object({ kind: z.literal("pref-ch"), channel: z.enum(["telegram", "sandbox", "zalo"]) }),
  z.object({ kind: z.literal("od-resend"), id, period: z.string().regex(/^\d{4}-[A-Z0-9]{1,3}$/) }),
  z.object({ kind: z.literal("pd-import"), id }),
  z.object({ kind: z.literal("pd-skip"), id }),
  z.object({
    kind: z.literal("pl"),
    command: z.enum(PLAN_COMMANDS),
    plan: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
    args: z.string().regex(PLAN_ARGS),
  }),
  z.object({ kind: z.literal("rp-plan"), id }),
  z.object({ kind: z.literal("abs-cancel"), id }),
  z.object({ kind: z.literal("pln-ask"), to: z.enum(["active", "closed"]), id }),
  z.object({ kind: z.literal("pln-ok"), to: z.enum(["active", "closed"]), id }),
  z.object({ kind: z.literal("pln-no") }),
]);
export type TChoice = z.infer<typeof ZChoice>;
export type ChoiceKind = TChoice["kind"];

const FIELDS: Record<ChoiceKind, string[]> = {
  "inv-role": ["role"],
  "inv-page": ["role", "page"],
  "inv-agency": ["role", "agency"],
  "rv-inv": ["id"],
  "rv-mem": ["id"],
  "rv-mem-ok": ["id"],
  "rv-cancel": [],
  lang: ["locale"],
  "rem-now": ["id"],
  "rem-snooze": ["id"],
  "rp-ok": ["id"],
  "rp-edit": ["id"],
  "rp-no": ["id"],
  "wz-item": ["id"],
  "wz-period": ["id"],
  "wz-status": ["status"],
  "wz-skip": [],
  "wz-back": [],
  "wz-cancel": [],
  "od-resend": ["id", "period"],
  "pref-ch": ["channel"],
  "pd-import": ["id"],
  "pd-skip": ["id"],
  pl: ["command", "plan", "args"],
  "rp-plan": ["id"],
  "abs-cancel": ["id"],
  "pln-ask": ["to", "id"],
  "pln-ok": ["to", "id"],
  "pln-no": [],
};

/** The most a payload may weigh, in bytes (Telegram's callback_data limit). */
export const MAX_PAYLOAD_BYTES = 64;

/** "kind|a|b" (≤ 64 bytes). */
export function encodeChoice(data: TChoice): string {
  const values = FIELDS[data.kind].map((f) => String((data as Record<string, unknown>)[f]));
  const text = [data.kind, ...values].join("|");
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error(`choice payload too long: ${text}`);
  return text;
}

export function decodeChoice(text: string | undefined): TChoice | null {
  if (text === undefined || Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) return null;
  const [kind, ...values] = text.split("|");
  const fields = FIELDS[kind as ChoiceKind];
  if (fields === undefined || fields.length !== values.length) return null;
  const parsed = ZChoice.safeParse(
    Object.fromEntries([["kind", kind], ...fields.map((f, i) => [f, values[i]])]),
  );
  return parsed.success ? parsed.data : null;
}
