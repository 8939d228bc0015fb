// The CLI's one error boundary: every failure becomes one localised sentence (stderr), or with
// --json one JSON object on stdout, and exit code 1. Error codes and stack traces never reach a
// person; an unexpected failure gets a reference id, its details go to the log.
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Translate } from "../i18n/translator.ts";
import { AppError } from "../services/app-error.ts";
import { commanderErrorText, isCommanderError } from "./commander-error.ts";

export interface CliFailure {
  code: string;
  message: string;
}

/** What to tell the person about `e`. */
export function describeCliError(t: Translate, e: unknown, logger: Logger): CliFailure {
  if (e instanceof AppError) return { code: e.code, message: t(e.key, e.params) };
  if (isCommanderError(e)) return commanderErrorText(t, e);
  const ref = randomBytes(4).toString("hex").toUpperCase();
  logger.error({ err: e, ref }, "cli command failed");
  return { code: "internal", message: t("cli-error-internal", { ref }) };
}

/** Prints the failure the way the command's output is read; returns the exit code. */
export function reportCliError(failure: CliFailure, json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: failure })}\n`);
  else process.stderr.write(`${failure.message}\n`);
  return 1;
}
