// The page's strings (locales/*.ftl, under "## Sandbox") and the personas' names.
import { messageKeys, translator, type Locale } from "../../i18n/translator.ts";
import type { SandboxPersona } from "../../services/sandbox/sandbox-personas.ts";

/** Placeholders the page fills in itself. */
const PAGE_ARGS = Object.fromEntries(
  ["count", "name", "now", "agency", "port", "ref", "code", "file", "url"].map((k) => [k, `{${k}}`]),
);

export function pageStrings(locale: Locale): Record<string, string> {
  const t = translator(locale);
  const keys = messageKeys(locale).filter((k) => k.startsWith("sandbox-"));
  return Object.fromEntries(keys.map((k) => [k, t(k, PAGE_ARGS)]));
}

export function personaLabel(p: SandboxPersona, locale: Locale): string {
  const t = translator(locale);
  if (p.role === "focal-point") return t("sandbox-persona-focal-point", { agency: p.agencyName ?? "" });
  if (p.role === "standing-office") return t("sandbox-persona-office", { agency: p.agencyName ?? "" });
  return t(`sandbox-persona-${p.role}`);
}
