// The settings of typed codes (invite and link codes), from the configuration.
import type { CodeAttemptLimits } from "../services/people/code-attempts.ts";
import type { TConfig } from "./config.ts";

export interface CodeSettings {
  attempts: CodeAttemptLimits;
  linkTtlMinutes: number;
}

export const DEFAULT_CODE_SETTINGS: CodeSettings = {
  attempts: { max: 5, windowMinutes: 15 },
  linkTtlMinutes: 10,
};

export function codeSettings(config: TConfig): CodeSettings {
  return {
    attempts: { max: config.CODE_ATTEMPTS_MAX, windowMinutes: config.CODE_ATTEMPTS_WINDOW_MINUTES },
    linkTtlMinutes: config.LINK_CODE_TTL_MINUTES,
  };
}
