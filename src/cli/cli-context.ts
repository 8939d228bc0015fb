import type { Logger } from "pino";
import type { TConfig } from "../config/config.ts";
import type { Locale, Translate } from "../i18n/translator.ts";
import type { ServiceDeps } from "../services/service-deps.ts";

/** What every CLI command gets from the composition root. */
export interface CliContext {
  config: TConfig;
  locale: Locale;
  t: Translate;
  logger: Logger;
  print(text: string): void;
  exitCode(code: number): void;
  /**
   * Opens the database, runs `work`, closes it. `read`: a read-only connection, no migration
   * (works next to a running bot and writes nothing); `write`: pending migrations first.
   */
  withDb(access: "read" | "write", work: (deps: ServiceDeps) => Promise<void>): Promise<void>;
}
