import type { Translate } from "../i18n/translator.ts";
import type { ConfigError } from "./config.ts";

/** One localised sentence naming the variable and what it must look like (never its value). */
export function describeConfigError(t: Translate, e: ConfigError): string {
  return t("config-invalid", { variable: e.variable, detail: t(e.key, e.params) });
}
