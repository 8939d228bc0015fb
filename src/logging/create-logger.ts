import { pino, type Logger } from "pino";

/** JSON logs on stderr; secrets are redacted wherever they appear in a logged object. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          "token",
          "*.token",
          "config.TELEGRAM_BOT_TOKEN",
          "TELEGRAM_BOT_TOKEN",
          "*.TELEGRAM_BOT_TOKEN",
        ],
        censor: "[redacted]",
      },
    },
    pino.destination(2),
  );
}
