// The one configuration schema. `createConfig(env)` is pure so tests can build configs.
import { existsSync } from "node:fs";
import { DateTime } from "luxon";
import { z } from "zod";

export const ZConfig = z.object({
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
