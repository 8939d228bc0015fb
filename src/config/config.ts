// The one configuration schema. `createConfig(env)` is pure so tests can build configs.
import { existsSync } from "node:fs";
import { DateTime } from "luxon";
import cron from "node-cron";
import { z } from "zod";

/** A SQLite file (`file:…`) or a PostgreSQL database (`postgresql://…/name`). */
function isDatabaseUrl(v: string): boolean {
  if (v.startsWith("file:")) return v.length > "file:".length;
  if (!/^postgres(ql)?:\/\//.test(v)) return false;
  try {
    return new URL(v).pathname.length > 1;
  } catch {
    return false;
  }
}

const ZBase = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/tiendo.db")
    .refine(isDatabaseUrl, { message: "config-detail-database-url" }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
  TZ_PLAN: z
    .string()
    .trim()
    .default("Asia/Ho_Chi_Minh")
    .refine((zone) => DateTime.fromISO("2000-01-01", { zone }).isValid, {
      message: "config-detail-timezone",
    }),
  PLAN_FILE: z.string().trim().min(1).default("prisma/data/bac-kan-2023.yaml"),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, { message: "config-detail-bot-token" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://api.telegram.org"),
  TELEGRAM_BOT_USERNAME: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{5,32}$/, { message: "config-detail-bot-username" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
  WEBHOOK_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, { message: "config-detail-webhook-secret" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  UPDATE_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  ADMIN_TELEGRAM_IDS: z
    .string()
    .trim()
    .regex(/^(\d+(\s*,\s*\d+)*)?$/, { message: "config-detail-admin-ids" })
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  CODE_ATTEMPTS_MAX: z.coerce.number().int().min(1).max(100).default(5),
  CODE_ATTEMPTS_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LINK_CODE_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  REMINDERS_ENABLED: z.stringbool().default(true),
  REMINDER_CRON: z
    .string()
    .trim()
    .default("* * * * *")
    .refine((v) => cron.validate(v), { message: "config-detail-cron" }),
  DIGEST_WEEKDAY: z.coerce.number().int().min(0).max(7).default(1),
  DIGEST_TIME: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "config-detail-time" })
    .default("08:00"),
  DIGEST_AFTER_DEADLINE: z.stringbool().default(true),
  /** Zalo Bot Platform token ("<bot id>:<key>", from Zalo Bot Manager). */
  ZALO_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]+:[A-Za-z0-9_.-]{8,}$/, { message: "config-detail-zalo-token" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ZALO_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://bot-api.zaloplatforms.com"),
  ZALO_MODE: z.enum(["polling", "webhook"]).default("polling"),
  ZALO_WEBHOOK_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ZALO_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,256}$/, { message: "config-detail-zalo-webhook-secret" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Messages per second the outbox sends on Zalo (no published limit: kept low). */
  ZALO_SENDS_PER_SECOND: z.coerce.number().int().min(1).max(30).default(5),
  /** tiendo's HTTP server as people reach it (file links, the Zalo chart by URL). */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  FILE_LINK_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** The sandbox's simulated start time (local, in TZ_PLAN), or "now". Read only without a bot token. */
  SANDBOX_CLOCK: z
    .string()
    .trim()
    .default("2023-06-12T08:00")
    .refine((v) => v === "now" || DateTime.fromISO(v).isValid, {
      message: 'must be a local date and time such as "2023-06-12T08:00", or "now"',
    }),
});

export const ZConfig = ZBase.superRefine((c, ctx) => {
  const required = [
    ...(c.BOT_MODE === "webhook"
      ? (["TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET"] as const).map((k) => [k, "webhook"] as const)
      : []),
    ...(c.ZALO_MODE === "webhook"
      ? (["ZALO_BOT_TOKEN", "ZALO_WEBHOOK_URL", "ZALO_WEBHOOK_SECRET"] as const).map(
          (k) => [k, "zalo-webhook"] as const,
        )
      : []),
  ];
  for (const [key, mode] of required) {
    if (c[key] === undefined)
      ctx.addIssue({ code: "custom", path: [key], message: `config-detail-${mode}-required` });
  }
});

export type TConfig = z.infer<typeof ZConfig>;

/**
 * A bad setting: names the variable and why, as a locale key (`config-detail-…`) with its
 * parameters; never echoes the value (it may be a secret).
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${variable}: ${key}`);
    this.name = "ConfigError";
  }
}

type Issue = z.core.$ZodIssue;

/** A zod issue as a locale key and parameters (zod's own messages are English). */
function detailOf(issue: Issue): { key: string; params: Record<string, string | number> } {
  if (issue.message.startsWith("config-detail-")) return { key: issue.message, params: {} };
  switch (issue.code) {
    case "invalid_value":
      return "expected" in issue && issue.expected === "stringbool"
        ? { key: "config-detail-boolean", params: {} }
        : { key: "config-detail-choice", params: { options: issue.values.map(String).join(", ") } };
    case "too_big":
      return { key: "config-detail-too-big", params: { max: String(issue.maximum) } };
    case "too_small":
      return { key: "config-detail-too-small", params: { min: String(issue.minimum) } };
    case "invalid_format":
      return { key: issue.format === "url" ? "config-detail-url" : "config-detail-invalid", params: {} };
    case "invalid_type":
      return { key: "config-detail-whole-number", params: {} };
    default:
      return { key: "config-detail-invalid", params: {} };
  }
}

export function createConfig(env: Record<string, string | undefined>): TConfig {
  const parsed = ZConfig.safeParse(env);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const { key, params } = first ? detailOf(first) : { key: "config-detail-invalid", params: {} };
  throw new ConfigError(String(first?.path[0] ?? "?"), key, params);
}

/** Reads `.env` from the working directory when present (real environment variables win). */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
