// Commander's own errors ("error: unknown option '--x'") as locale keys with their parameters:
// commander words its messages in English and gives no structured fields, so the quoted parts
// of its message are the parameters.
import type { Translate } from "../i18n/translator.ts";

const KEYS: Record<string, string> = {
  "commander.unknownOption": "cli-unknown-option",
  "commander.unknownCommand": "cli-unknown-command",
  "commander.missingArgument": "cli-missing-argument",
  "commander.optionMissingArgument": "cli-option-missing-value",
  "commander.missingMandatoryOptionValue": "cli-missing-option",
  "commander.excessArguments": "cli-excess-arguments",
  "commander.invalidArgument": "cli-invalid-value",
  "commander.conflictingOption": "cli-conflicting-options",
};

/** The error's code under `error.code` when it is commander's. */
export function isCommanderError(e: unknown): e is { code: string; exitCode: number; message: string } {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("commander.");
}

/** A localised sentence for one of commander's errors (its English text never reaches a person). */
export function commanderErrorText(
  t: Translate,
  e: { code: string; message: string },
): { code: string; message: string } {
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
  const [first = "", second = ""] = quoted;
  const key = KEYS[e.code] ?? "cli-invalid-usage";
  const params =
    e.code === "commander.invalidArgument"
      ? {
          value: e.message.includes("command-argument") ? first : second,
          name: e.message.includes("command-argument") ? second : first,
        }
      : { name: first.split(" ")[0] ?? first, other: second.split(" ")[0] ?? second };
  return { code: key.replace(/^cli-/, ""), message: `${t(key, params)} ${t("cli-see-help")}` };
}
