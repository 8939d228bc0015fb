// Fluent translations from locales/*.ftl, for everything that is not the bot (CLI, exports).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type TranslateArgs = Record<string, string | number>;

/** A stored or typed language as a Locale, or null when it is none of ours. */
export function asLocale(value: string | null | undefined): Locale | null {
  return value === "vi" || value === "en" ? value : null;
}

/** The same, with Vietnamese (the default) for anything else. */
export const localeOr = (value: string | null | undefined, fallback: Locale = "vi"): Locale =>
  asLocale(value) ?? fallback;
export type Translate = (key: string, args?: TranslateArgs) => string;

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../locales");

const bundles = new Map<Locale, FluentBundle>();

function bundleFor(locale: Locale): FluentBundle {
  let bundle = bundles.get(locale);
  if (bundle === undefined) {
    bundle = new FluentBundle(locale, { useIsolating: false });
    const errors = bundle.addResource(
      new FluentResource(readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), "utf8")),
    );
    if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors[0]?.message}`);
    bundles.set(locale, bundle);
  }
  return bundle;
}

/** A translator for one locale; a missing key falls back to Vietnamese, then to the key itself. */
export function translator(locale: Locale): Translate {
  return (key, args) => {
    for (const loc of [locale, "vi"] as const) {
      const bundle = bundleFor(loc);
      const message = bundle.getMessage(key);
      if (message?.value) return bundle.formatPattern(message.value, args);
    }
    return key;
  };
}

/** The message keys of a locale file (for the test that both locales have the same keys). */
export function messageKeys(locale: Locale): string[] {
  const text = readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), "utf8");
  return [...text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1] ?? "");
}
