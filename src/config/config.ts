// The one configuration schema. `createConfig(env)` is pure so tests can build configs.
import { existsSync } from "node:fs";
import { DateTime } from "luxon";
import cron from "node-cron";
import { z } from "zod";

const ZBase = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/tiendo.db")
    .refine((v) => v.startsWith("file:") && v.length > "file:".length, {
      message: 'must be a SQLite file URL such as "file:./data/tiendo.db"',
    }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
  TZ_PLAN: z
    .string()
    .trim()
    .default("Asia/Ho_Chi_Minh")
    .refine((zone) => DateTime.fromISO("2000-01-01", { zone }).isValid, {
      message: 'must be an IANA time zone such as "Asia/Ho_Chi_Minh"',
    }),
  PLAN_FILE: z.string().trim().min(1).default("prisma/data/bac-kan-2023.yaml"),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, { message: "must look like 123456:ABC-DEF… (from @BotFather)" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://api.telegram.org"),
  TELEGRAM_BOT_USERNAME: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{5,32}$/, { message: "must be the bot's @username without @" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
  WEBHOOK_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, { message: "must be 16–256 characters of A-Z, a-z, 0-9, _ and -" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  ADMIN_TELEGRAM_IDS: z
    .string()
    .trim()
    .regex(/^(\d+(\s*,\s*\d+)*)?$/, { message: "must be Telegram user ids separated by commas" })
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  REMINDERS_ENABLED: z.stringbool().default(true),
  REMINDER_CRON: z
    .string()
    .trim()
    .default("* * * * *")
    .refine((v) => cron.validate(v), { message: 'must be a cron expression such as "* * * * *"' }),
  DIGEST_WEEKDAY: z.coerce.number().int().min(0).max(7).default(1),
  DIGEST_TIME: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a local time such as "08:00"' })
    .default("08:00"),
  DIGEST_AFTER_DEADLINE: z.stringbool().default(true),
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
  if (c.BOT_MODE !== "webhook") return;
  for (const key of ["TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET"] as const) {
    if (c[key] === undefined)
      ctx.addIssue({ code: "custom", path: [key], message: "is required when BOT_MODE=webhook" });
  }
});

export type TConfig = z.infer<typeof ZConfig>;

/** A bad setting: names the variable, never echoes its value (it may be a secret). */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = "ConfigError";
  }
}

export function createConfig(env: Record<string, string | undefined>): TConfig {
  const parsed = ZConfig.safeParse(env);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new ConfigError(String(first?.path[0] ?? "?"), first?.message ?? "invalid");
}

/** Reads `.env` from the working directory when present (real environment variables win). */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
