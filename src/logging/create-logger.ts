import { pino, type Logger } from "pino";

/**
 * JSON logs on stderr. Secrets (bot token, webhook secret) are scrubbed from every line,
 * wherever they appear: in objects, messages, error stacks or request URLs.
 */
export function createLogger(
  level: string,
  secrets: (string | undefined)[] = [],
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  const hidden = secrets.filter((s): s is string => typeof s === "string" && s.length >= 8);
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "secretToken", "*.secretToken"], censor: "[redacted]" },
      hooks: {
        streamWrite: (line: string) =>
          hidden.reduce((out, secret) => out.split(secret).join("[redacted]"), line),
      },
    },
    destination,
  );
}
